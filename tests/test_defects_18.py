"""Issue #18, acceptance 4: one test per defect, each written to fail before its fix.

Small specs are generated through the real command line; generated clients run in a fresh
interpreter and send requests through `httpx.MockTransport`, so the tests see the wire.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, run_clientgen, run_python

from clientgen.load.swagger2 import original_pointer

MiB = 2**20


def spec_doc(paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": paths or {}}
    if schemas is not None:
        doc["components"] = {"schemas": schemas}
    for key, value in extra.items():
        doc.setdefault("components", {})[key] = value
    return doc


def generate(tmp_path: Path, doc: dict[str, Any] | str, *flags: str, name: str = "spec.json") -> tuple[subprocess.CompletedProcess[str], Path]:
    spec = tmp_path / name
    spec.write_text(doc if isinstance(doc, str) else json.dumps(doc))
    out = tmp_path / "out"
    result = run_clientgen("generate", str(spec), "-o", str(out), "--package-name", "pkg", *flags)
    return result, out


def generated(tmp_path: Path, doc: dict[str, Any], *flags: str) -> tuple[str, Path]:
    result, out = generate(tmp_path, doc, *flags)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    return result.stderr, out


def mypy_strict(out: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy-cache"), "-p", "pkg"],
        capture_output=True,
        text=True,
        cwd=out,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]


def run_ok(code: str, out: Path) -> str:
    result = run_python(code, path=out)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def op(**extra: Any) -> dict[str, Any]:
    return {"responses": {"204": {"description": "done"}}, **extra}


# A transport that records what went on the wire; `sent` holds (headers, body) per request.
CAPTURE = """
import httpx
sent = []
def handler(request):
    sent.append((request.headers, request.read()))
    return httpx.Response(204)
transport = httpx.MockTransport(handler)
"""


# ---- from the peer suites -----------------------------------------------------------------------


def test_allof_cycle_generates_a_model(tmp_path: Path) -> None:
    schemas = {
        "R": {"allOf": [{"$ref": "#/components/schemas/R"}, {"type": "object", "properties": {"name": {"type": "string"}}}]},
        "A": {"allOf": [{"$ref": "#/components/schemas/B"}, {"type": "object", "properties": {"a": {"type": "integer"}}}]},
        "B": {"allOf": [{"$ref": "#/components/schemas/A"}, {"type": "object", "properties": {"b": {"type": "string"}}}]},
    }
    paths = {"/r": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/R"}}}}}}}}
    _, out = generated(tmp_path, spec_doc(paths, schemas))
    run_ok(
        """
from pkg.models import A, B, R
assert R.model_validate({"name": "n"}).name == "n"
a = A.model_validate({"a": 1, "b": "x"})
assert (a.a, a.b) == (1, "x"), a
assert B.model_validate({"a": 2, "b": "y"}).to_dict() == {"a": 2, "b": "y"}
""",
        out,
    )
    mypy_strict(out, tmp_path)


def test_integer_enum_above_int64_is_typed_int_and_checked_at_run_time(tmp_path: Path) -> None:
    big = 2**64 - 1
    schemas = {
        "Big": {"type": "object", "properties": {
            "fixed": {"type": "integer", "const": big},
            "single": {"type": "integer", "enum": [big]},
            "choice": {"type": "integer", "enum": [big, 1]},  # open, as every enum of several values
        }},
    }
    doc = spec_doc(schemas=schemas)
    doc["openapi"] = "3.1.0"
    _, out = generated(tmp_path, doc)
    source = (out / "pkg" / "models" / "big.py").read_text()
    assert f"Literal[{big}" not in source, source
    assert str(big) in (out / "docs" / "Big.md").read_text()
    run_ok(
        f"""
import pydantic
from pkg.models import Big
ok = Big.model_validate({{"fixed": {big}, "single": {big}, "choice": 2}})
assert ok.fixed == ok.single == {big} and ok.choice == 2
assert ok.to_dict() == {{"fixed": {big}, "single": {big}, "choice": 2}}
for bad in ({{"fixed": 5}}, {{"single": {big} - 1}}):
    try:
        Big.model_validate(bad)
    except pydantic.ValidationError:
        pass
    else:
        raise AssertionError(bad)
""",
        out,
    )
    mypy_strict(out, tmp_path)


def test_http_signature_scheme_is_not_sent_as_bearer(tmp_path: Path) -> None:
    schemes = {
        "sig": {"type": "http", "scheme": "signature"},
        "dig": {"type": "http", "scheme": "Digest"},
        "tok": {"type": "http", "scheme": "Bearer"},
    }
    paths = {"/s": {"get": op(operationId="signed", security=[{"sig": []}])}, "/t": {"get": op(operationId="token", security=[{"tok": []}])}}
    stderr, out = generated(tmp_path, spec_doc(paths, securitySchemes=schemes))
    for name, scheme in (("sig", "signature"), ("dig", "Digest")):
        assert re.search(rf"securitySchemes/{name}\b.*{scheme}", stderr), stderr
    assert "securitySchemes/tok" not in stderr
    run_ok(
        CAPTURE
        + """
import inspect
from pkg import Client
assert "sig" not in inspect.signature(Client).parameters  # nothing to pass: sign with the hook
def sign(request):
    request.headers["Signature"] = "keyId=k," + request.url.path
with Client(base_url="http://t", tok="t0k", request_hook=sign, transport=transport) as c:
    c.default.signed()
    c.default.token()
(h1, _), (h2, _) = sent
assert "authorization" not in h1, h1
assert h1["signature"] == "keyId=k,/s", h1
assert h2["authorization"] == "Bearer t0k", h2
""",
        out,
    )
    readme = (ROOT / "README.md").read_text()
    assert "request_hook" in readme
    assert "Client(request_hook=sign)" in (out / "README.md").read_text()
    mypy_strict(out, tmp_path)


def test_swagger2_error_points_at_the_swagger2_location(tmp_path: Path) -> None:
    text = """swagger: "2.0"
info: {title: T, version: "1"}
paths:
  /x:
    get:
      parameters:
        - name: q
          in: query
          $ref: '#/definitions/M'
      responses:
        "200": {description: ok}
definitions:
  M:
    type: object
    properties:
      a: {type: string}
"""
    result, _ = generate(tmp_path, text, "--no-validate", name="sw.yaml")
    assert result.returncode == 2, result.stderr
    first = result.stderr.splitlines()[0]
    assert "sw.yaml:7 at /paths/~1x/get/parameters/0:" in first, first
    assert "components" not in first, first
    assert "#/definitions/M" in first, first
    # other builder errors map the upgraded document's pointers back the same way
    source = yaml.safe_load(text)
    source["paths"]["/x"]["get"]["parameters"].insert(0, {"name": "b", "in": "body", "schema": {}})
    assert original_pointer(source, "/paths/~1x/get/parameters/0/schema") == "/paths/~1x/get/parameters/1"
    assert original_pointer(source, "/paths/~1x/get/requestBody/content/application~1json") == "/paths/~1x/get/parameters/0"
    assert original_pointer(source, "/components/schemas/M/properties/a") == "/definitions/M/properties/a"
    assert original_pointer(source, "/paths/~1x/get/responses/200/content/application~1json/schema") == "/paths/~1x/get/responses/200"


def test_ref_only_alias_cycle_is_any_with_a_warning(tmp_path: Path) -> None:
    schemas = {
        "A": {"$ref": "#/components/schemas/B"},
        "B": {"$ref": "#/components/schemas/A"},
        "Holder": {"type": "object", "properties": {"x": {"$ref": "#/components/schemas/A"}}},
    }
    stderr, out = generated(tmp_path, spec_doc(schemas=schemas))
    assert re.search(r"^warning: \S*spec\.json:\d+ at /components/schemas/([AB]): \$ref cycle \1 -> \w -> \1 ", stderr, re.M), stderr
    run_ok(
        """
from pkg.models import Holder
assert Holder.model_validate({"x": [1, {"y": 2}]}).x == [1, {"y": 2}]
""",
        out,
    )


# ---- from the Prism runs ---------------------------------------------------------------------------


def test_required_multipart_body_without_fields_sends_an_empty_body(tmp_path: Path) -> None:
    def body(ct: str) -> dict[str, Any]:
        return {"required": True, "content": {ct: {"schema": {"type": "object", "properties": {"note": {"type": "string"}}}}}}

    paths = {
        "/m": {"post": op(operationId="multi", requestBody=body("multipart/form-data"))},
        "/f": {"post": op(operationId="form", requestBody=body("application/x-www-form-urlencoded"))},
    }
    _, out = generated(tmp_path, spec_doc(paths))
    run_ok(
        CAPTURE
        + """
import asyncio
from starlette.requests import Request
from pkg import Client
with Client(base_url="http://t", transport=transport) as c:
    c.default.multi()
    c.default.form()
(mh, mb), (fh, fb) = sent
ct = mh["content-type"]
assert ct.startswith("multipart/form-data; boundary="), mh
boundary = ct.split("boundary=", 1)[1]
assert mb == f"--{boundary}--\\r\\n".encode(), mb
assert int(mh["content-length"]) == len(mb)
async def parsed_form():  # as a server (Starlette, python-multipart) reads it
    async def receive():
        return {"type": "http.request", "body": mb, "more_body": False}
    scope = {"type": "http", "method": "POST", "headers": [(b"content-type", ct.encode())]}
    return list((await Request(scope, receive).form()).items())
assert asyncio.run(parsed_form()) == []
assert fh["content-type"] == "application/x-www-form-urlencoded", fh
assert fb == b""
""",
        out,
    )


def test_type_object_wins_over_a_stray_items(tmp_path: Path) -> None:
    schemas = {"M": {"type": "object", "properties": {"o": {"type": "object", "items": {"type": "string"}}}}}
    _, out = generated(tmp_path, spec_doc(schemas=schemas))
    source = (out / "pkg" / "models" / "m.py").read_text()
    assert re.search(r"\bo: dict\[str, Any\] \| None", source), source
    run_ok("from pkg.models import M\nassert M.model_validate({'o': {'k': 1}}).o == {'k': 1}\n", out)


def test_content_length_and_reserved_header_parameters_are_ignored(tmp_path: Path) -> None:
    params = [
        {"name": name, "in": "header", "required": True, "schema": {"type": kind}}
        for name, kind in (("Content-Length", "integer"), ("Accept", "string"), ("Content-Type", "string"), ("Authorization", "string"))
    ] + [{"name": "X-Keep", "in": "header", "required": True, "schema": {"type": "string"}}]
    body = {"required": True, "content": {"application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}}}}
    paths = {"/h": {"post": op(operationId="send", parameters=params, requestBody=body)}}
    stderr, out = generated(tmp_path, spec_doc(paths))
    assert "Content-Length" in stderr, stderr
    run_ok(
        CAPTURE
        + """
import inspect
from pkg import Client
names = set(inspect.signature(Client(base_url="http://t").default.send).parameters)
assert {"x_keep", "a"} <= names, names
assert not names & {"content_length", "accept", "content_type", "authorization"}, names
with Client(base_url="http://t", transport=transport) as c:
    c.default.send(x_keep="k", a="hello")
(h, b), = sent
assert h["content-length"] == str(len(b)) and b == b'{"a":"hello"}', (h, b)
assert h["x-keep"] == "k"
""",
        out,
    )


# ---- carried over --------------------------------------------------------------------------------


def test_required_nullable_body_none_sends_null(tmp_path: Path) -> None:
    body = {"required": True, "content": {"application/json": {"schema": {"type": "string", "nullable": True}}}}
    paths = {"/n": {"put": op(operationId="put_value", requestBody=body)}}
    _, out = generated(tmp_path, spec_doc(paths))
    run_ok(
        CAPTURE
        + """
from pkg import Client
with Client(base_url="http://t", transport=transport) as c:
    c.default.put_value(body=None)
    c.default.put_value(body="x")
(h, b), (_, b2) = sent
assert b == b"null" and h["content-type"] == "application/json", (h, b)
assert b2 == b'"x"'
""",
        out,
    )


def test_date_and_datetime_union_round_trips(tmp_path: Path) -> None:
    date_s = {"type": "string", "format": "date"}
    time_s = {"type": "string", "format": "date-time"}
    schemas = {"M": {"type": "object", "properties": {"one": {"oneOf": [date_s, time_s]}, "any": {"anyOf": [time_s, date_s]}}}}
    _, out = generated(tmp_path, spec_doc(schemas=schemas))
    run_ok(
        """
import datetime as dt
from pkg.models import M
for value, kind in (("2024-01-02", dt.date), ("2024-01-02T03:04:05Z", dt.datetime), ("2024-01-02T00:00:00Z", dt.datetime)):
    for key in ("one", "any"):
        m = M.model_validate({key: value})
        assert type(getattr(m, key)) is kind, (key, value, getattr(m, key))
        assert m.to_dict() == {key: value}, (m.to_dict(), value)
        j = M.model_validate_json(m.to_json())
        assert type(getattr(j, key)) is kind, (key, value, j)
m = M(one=dt.date(2024, 1, 2), any=dt.datetime(2024, 1, 2, tzinfo=dt.timezone.utc))
assert type(m.one) is dt.date and type(m.any) is dt.datetime
""",
        out,
    )
    mypy_strict(out, tmp_path)


def _peak_rss_kib(*args: str) -> tuple[subprocess.CompletedProcess[str], int]:
    """Run the generator as a child and read its peak RSS from /usr/bin/time -v."""
    result = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-m", "clientgen", *args], capture_output=True, text=True, cwd=ROOT, timeout=600)
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    assert found, result.stderr[-2000:]
    return result, int(found.group(1))


@pytest.mark.parametrize("kind", ["yaml", "json"])
def test_huge_string_stays_within_twice_its_size(tmp_path: Path, kind: str) -> None:
    size = 50 * MiB
    small = tmp_path / f"small.{kind}"
    huge = tmp_path / f"huge.{kind}"
    if kind == "yaml":
        head = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n"
        small.write_text(head + "x-huge: [\n")  # invalid YAML: fails at once
        huge.write_text(head + "x-huge: '" + "x" * size + "'\n")
        where = "huge.yaml:4 at /x-huge:"
    else:
        small.write_text('{"openapi": }')  # invalid JSON: fails at once
        huge.write_text(json.dumps({"openapi": "3.0.3", "info": {"title": "T", "version": "1", "description": "x" * size}, "paths": {}}))
        where = "huge.json:1 at /info/description:"
    _, baseline = _peak_rss_kib("generate", str(small), "-o", str(tmp_path / "o1"), "--package-name", "p")
    result, peak = _peak_rss_kib("generate", str(huge), "-o", str(tmp_path / "o2"), "--package-name", "p")
    assert result.returncode == 2, result.stderr[-2000:]
    assert where in result.stderr and "a string of 52,428,800 characters" in result.stderr, result.stderr[-2000:]
    assert (peak - baseline) * 1024 <= 2 * size, f"peak {peak} KiB, baseline {baseline} KiB"
