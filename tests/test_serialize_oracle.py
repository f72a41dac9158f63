"""Acceptance for issue 18: every cell of OpenAPI's style table goes out as the spec says.

A client is generated from tests/style_cases.py (one operation per location x style x explode x
kind, plus form and multipart fields with `encoding`) and sends real HTTP requests to a test
server (tests/oracle_server.py, in the oracle's own venv). Each request is checked twice:
- by openapi-core, which parses it in that server (not our code);
- by the spec's style table read in reverse (split on the style's delimiters, then decode), from
  the raw request the server received.
Both must give back exactly the value the test passed. openapi-core is skipped only for the
cells listed in OPENAPI_CORE_GAPS, each with its reason; the table check covers them.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import sys
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
import style_cases as sc
import style_oracle as so
from conftest import run_clientgen
from hypothesis import HealthCheck, assume, given, note, settings
from hypothesis import strategies as st

PACKAGE = "styles_oracle"
pytestmark = pytest.mark.filterwarnings("ignore:Use of allowEmptyValue:DeprecationWarning")
# What a WSGI server and openapi-core 0.23 do differently from the spec text, by reason.
OPENAPI_CORE_GAPS = {
    "label/matrix": "openapi-core does not match label or matrix path parameters (reports them missing)",
    "decode-then-split": "openapi-core percent-decodes before splitting on `,` `|` or space, so a value holding the delimiter splits",
    "spaceDelimited": "openapi-core returns a spaceDelimited array as one item",
    "cookie decoding": "openapi-core (werkzeug) does not percent-decode cookie values, which form style encodes",
    "path reserved": "WSGI decodes PATH_INFO, so a path value holding `/`, `#`, `?` or `;` no longer matches its template",
    "path tab or line break": "openapi-core reads the URL with urllib.parse, which drops tabs and line breaks (WHATWG), so the value loses them",
    "empty path": "openapi-core finds no template for an empty path segment",
    "exploded form object": "openapi-core does not rebuild an exploded form object (its fields stand alone in the query, cookies or form body)",
    "multipart": "openapi-core hands multipart text parts over as bytes; werkzeug's form parser reads them instead",
}


def openapi_core_gap(cell: sc.Cell, value: Any, name: str = "v") -> str | None:
    """The OPENAPI_CORE_GAPS key that keeps openapi-core from rebuilding this case, if any."""
    texts = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else [*value, *value.values()]
    if cell.location == "multipart":
        return "multipart"
    if cell.location in ("query", "cookie", "form") and cell.style == "form" and cell.explode and cell.kind == "object":
        return "exploded form object"
    if cell.location == "cookie" and any(urllib.parse.quote(t, safe="") != t for t in [*texts, name]):
        return "cookie decoding"
    if cell.location == "path" and cell.style in ("label", "matrix"):
        return "label/matrix"
    if cell.location == "path" and any(c in t for t in texts for c in "/#?;"):
        return "path reserved"
    if cell.location == "path" and any(c in t for t in texts for c in "\t\r\n"):
        return "path tab or line break"
    if cell.location == "path" and "" in texts:
        return "empty path"
    if cell.style == "spaceDelimited":
        return "spaceDelimited"

    repeated = cell.explode and cell.kind == "array" and cell.location in ("query", "form")
    split = cell.kind != "primitive" and not repeated and cell.style != "deepObject"
    if split and any(d in t for t in texts for d in (",", "|", " ", "=")):
        return "decode-then-split"
    return None


@pytest.fixture(scope="session")
def oracle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[so.OracleServer]:
    """The openapi-core test server, once per session."""
    server = so.OracleServer(tmp_path_factory.mktemp("oracle") / "oracle.log")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def styles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("styles")
    spec = root / "styles.json"
    spec.write_text(json.dumps(sc.spec()), "utf-8")
    result = run_clientgen("generate", str(spec), "-o", str(root / "client"), "--package-name", PACKAGE, "--quiet")
    assert result.returncode == 0, result.stderr[-3000:]
    sys.path.insert(0, str(root / "client"))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(root / "client"))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def read_back(cell: sc.Cell, seen: so.Seen, name: str = "v") -> Any:
    """The value, rebuilt from the raw request by the spec's table."""
    if cell.location == "path":
        return so.read_path(seen.path.split("/", 2)[2], name, cell.style, cell.explode, cell.kind)
    if cell.location == "query":
        return so.read_query(seen.query, name, cell.style, cell.explode, cell.kind)
    if cell.location == "header":
        return so.read_header(seen.headers[name], cell.explode, cell.kind)
    if cell.location == "cookie":
        return so.read_cookie(seen.headers["cookie"], name, cell.explode, cell.kind)
    if cell.location == "form":
        return so.read_query(seen.content.decode("ascii"), name, cell.style, cell.explode, cell.kind)
    return so.read_multipart(seen.multipart, name, cell.style, cell.explode, cell.kind)


def parsed_by_openapi_core(cell: sc.Cell, seen: so.Seen, name: str = "v") -> Any:
    assert not seen.errors, seen.errors
    if cell.location == "form":
        return seen.body[name]
    return seen.parsed[cell.location][name.lower() if cell.location == "header" else name]


def check(cell: sc.Cell, value: Any, seen: so.Seen, name: str = "v") -> str:
    """Check one request both ways; return which checks applied."""
    assert read_back(cell, seen, name) == value, read_back(cell, seen, name)
    gap = openapi_core_gap(cell, value, name)
    if gap is None:
        assert parsed_by_openapi_core(cell, seen, name) == value
    return "table only: " + gap if gap else "openapi-core and table"


def cases() -> list[tuple[sc.Cell, Any]]:
    return [
        (cell, value)
        for cell in sc.cells()
        for value in sc.values(cell.kind)
        if sc.unsendable(cell, value) is None
        and (cell.location != "header" or json.dumps(value, ensure_ascii=False).isascii())  # headers: ASCII only
    ]


Sent = tuple[sc.Cell, Any, "so.Seen | Exception"]


def check_all(sent: list[Sent]) -> tuple[Counter[str], list[str]]:
    counts: Counter[str] = Counter()
    failures = []
    for cell, value, seen in sent:
        try:
            if isinstance(seen, Exception):
                raise seen
            counts[check(cell, value, seen)] += 1
        except Exception as exc:  # noqa: BLE001 - every failure is listed at the end
            failures.append(f"{cell.operation_id} {value!r}: {seen}\n    {exc!r}"[:600])
    return counts, failures


def arguments(cell: sc.Cell, value: Any) -> tuple[tuple[Any, ...], dict[str, Any]]:
    return ((value,), {}) if cell.location == "path" else ((), {"v": value})


def assert_all_round_trip(sent: list[Sent]) -> Counter[str]:
    counts, failures = check_all(sent)
    assert not failures, f"{len(failures)} of {len(sent)} cases failed:\n" + "\n".join(failures[:40])
    assert sum(counts.values()) == len(cases()), counts
    return counts


def test_every_cell_round_trips_sync(styles: Any, oracle: so.OracleServer) -> None:
    sent: list[Sent] = []
    with styles.Client(base_url=oracle.serve(sc.spec()), max_retries=0) as client:
        for cell, value in cases():
            args, kwargs = arguments(cell, value)
            try:
                response = getattr(client.default, cell.operation_id + "_with_http_info")(*args, **kwargs)
                sent.append((cell, value, so.Seen.from_response(response.raw)))
            except Exception as exc:  # noqa: BLE001 - listed with the others
                sent.append((cell, value, exc))
    counts = assert_all_round_trip(sent)
    assert counts["openapi-core and table"] > len(cases()) // 3, counts


def test_every_cell_round_trips_async(styles: Any, oracle: so.OracleServer) -> None:
    async def send_all() -> list[Sent]:
        sent: list[Sent] = []
        async with styles.AsyncClient(base_url=oracle.serve(sc.spec()), max_retries=0) as client:
            for cell, value in cases():
                args, kwargs = arguments(cell, value)
                try:
                    response = await getattr(client.default, cell.operation_id + "_with_http_info")(*args, **kwargs)
                    sent.append((cell, value, so.Seen.from_response(response.raw)))
                except Exception as exc:  # noqa: BLE001 - listed with the others
                    sent.append((cell, value, exc))
        return sent

    assert_all_round_trip(asyncio.run(send_all()))


def defaults(styles: Any, oracle: so.OracleServer, **kwargs: Any) -> so.Seen:
    """Call the `defaults` operation (no styles given) and return what the server saw."""
    with styles.Client(base_url=oracle.serve(sc.spec()), max_retries=0) as client:
        return so.Seen.from_response(client.default.defaults_with_http_info(**kwargs).raw)


def test_a_cookie_value_cannot_add_a_cookie(styles: Any, oracle: so.OracleServer) -> None:
    """Issue 18: `a; b=c` went out raw, and the server saw a second cookie `b`."""
    seen = defaults(styles, oracle, session="a; b=c")
    assert seen.headers["cookie"] == "session=a%3B%20b%3Dc"
    assert not seen.errors and list(seen.parsed["cookie"]) == ["session"]  # one cookie, whatever its text
    assert so.read_cookie(seen.headers["cookie"], "session", True, "primitive") == "a; b=c"


def test_form_body_arrays_repeat_the_field_and_json_query_parameters_are_json(styles: Any, oracle: so.OracleServer) -> None:
    """Issue 18: a form body's array went out as JSON text; OpenAPI's default is one pair per item."""
    seen = defaults(styles, oracle, tags=["a", "b c"], name="x&y", count=3, filter={"role": "a,b"})
    assert seen.content == b"tags=a&tags=b%20c&name=x%26y&count=3"
    assert seen.headers["content-type"] == "application/x-www-form-urlencoded"
    assert not seen.errors, seen.errors
    assert seen.body == {"tags": ["a", "b c"], "name": "x&y", "count": 3}
    assert json.loads(urllib.parse.parse_qs(seen.query)["filter"][0]) == {"role": "a,b"}
    assert seen.parsed["query"]["filter"] == {"role": "a,b"}


# ---- generated declarations ----------------------------------------------------------------
settings.register_profile("clientgen-styles-ci", max_examples=40, derandomize=True, deadline=None, database=None)
settings.register_profile(
    "clientgen-styles-long",
    max_examples=int(os.environ.get("CLIENTGEN_HYPOTHESIS_EXAMPLES", "500")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
STYLES_PROFILE = "clientgen-styles-" + os.environ.get("CLIENTGEN_HYPOTHESIS", "ci")
NAMES = ["v", "filter", "x-id", "a.b", "Ünï"]
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=6)
HEADER_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=6)


@st.composite
def declarations(draw: st.DrawFn) -> tuple[sc.Cell, str, Any]:
    """A parameter (or form field) declaration: location, style, explode, kind, allowReserved and
    name, with a value for it."""
    cell = draw(st.sampled_from(sc.cells()))
    if cell.location == "query" and cell.style != "deepObject":
        cell = replace(cell, allow_reserved=draw(st.booleans()))
    # openapi-core fills path templates with str.format, which reads `{a.b}` as an attribute
    name = draw(st.sampled_from(NAMES[:3] if cell.location == "path" else NAMES[:4] if cell.location == "header" else NAMES))
    text = HEADER_TEXT if cell.location == "header" else ANY_TEXT
    if cell.location == "path":
        text = text.filter(lambda t: t not in (".", ".."))  # sent as %2E: they would climb a level
    if cell.kind == "primitive":
        value: Any = draw(text)
    elif cell.kind == "array":
        value = draw(st.lists(text, min_size=1, max_size=4))
    else:
        keys = draw(st.lists(st.sampled_from(["role", "first"]), min_size=1, max_size=2, unique=True))
        value = {k: draw(text) for k in keys}
    assume(sc.unsendable(cell, value) is None)
    return cell, name, value


def endpoint_for(styles: Any, cell: sc.Cell, name: str) -> Any:
    """The runtime `Endpoint` the generator would write for the declaration."""
    path, _ = sc.operation(cell, name)
    style = styles._serialize.Style(cell.style, cell.explode, cell.allow_reserved)
    common = {"method": sc.method(cell).upper(), "path": path, "operation_id": cell.operation_id}
    if cell.location in ("form", "multipart"):
        return styles._runtime.Endpoint(
            **common,
            body_kind=cell.location,
            content_type="application/x-www-form-urlencoded" if cell.location == "form" else "multipart/form-data",
            params=(("arg", name, "field"),),
            body_mode="fields",
            encoding={name: style},
            response_kind="empty",
        )
    return styles._runtime.Endpoint(**common, params=(("arg", name, cell.location),), styles={"arg": style}, response_kind="empty")


def test_generated_declarations_round_trip(styles: Any, oracle: so.OracleServer) -> None:
    clients: dict[tuple[sc.Cell, str], Any] = {}  # one per declaration: the server parses with its spec

    @settings(settings.get_profile(STYLES_PROFILE))
    @given(declaration=declarations())
    def round_trip(declaration: tuple[sc.Cell, str, Any]) -> None:
        cell, name, value = declaration
        note(f"{cell} {name!r} {value!r}")
        key = (cell, name)
        if key not in clients:
            clients[key] = styles.Client(base_url=oracle.serve(sc.spec([cell], name)), max_retries=0)
        seen = so.Seen.from_response(clients[key]._request(endpoint_for(styles, cell, name), {"arg": value}).raw)
        note(str(seen))
        check(cell, value, seen, name)

    try:
        round_trip()
    finally:
        for client in clients.values():
            client.close()
