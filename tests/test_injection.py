"""Issue #7: hostile spec text never runs, never escapes its place, and round-trips exactly.

The corpus (tests/injection_corpus.py) puts each payload in every place spec text reaches:
titles, descriptions, enum values, defaults, examples, names, tags, server URLs and header
names. The code payloads touch a canary file if any of it runs: during generation, import,
model building, a call through httpx.MockTransport, the CLI's help, or docs rendering.
"""

from __future__ import annotations

import ast
import fcntl
import json
import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import run_clientgen
from injection_corpus import HOSTILE_NAMES, count_cases, hostile_spec, names_spec, payloads, webhooks_spec
from sdk_runner import run_sdk_tests

from clientgen.ir.model import Api
from clientgen.pipeline import Settings, load_api

HERE = Path(__file__).resolve().parent
WINDOWS_DEVICES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


@dataclass(frozen=True)
class Case:
    key: str  # payload id, or "names" / "webhooks"
    package: str
    spec: Path
    out: Path
    payload: str | None  # the hostile text of a payload spec


@dataclass(frozen=True)
class Corpus:
    root: Path
    canary: Path
    cases: tuple[Case, ...]
    created_outside: tuple[str, ...]  # files that generation created outside the output folders


def _snapshot(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def _stat(path: str) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_mtime_ns, found.st_size)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """Write and generate the whole corpus once per session (shared by xdist workers)."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent
    root = base / "injection"
    root.mkdir(exist_ok=True)
    canary = root / "CANARY"
    texts = payloads(str(canary))
    specs: list[tuple[str, dict[str, Any], str | None]] = [(key, hostile_spec(text), text) for key, text in texts.items()]
    specs.append(("names", names_spec(HOSTILE_NAMES), None))
    specs.append(("webhooks", webhooks_spec([*texts.values(), *HOSTILE_NAMES[:10]]), None))
    cases = []
    with open(root / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = root / "done.json"
        for key, _, text in specs:
            cases.append(Case(key, f"pkg_{key}", root / "specs" / f"{key}.json", root / "out" / key, text))
        if not done.is_file():
            (root / "specs").mkdir(exist_ok=True)
            for case, (_, spec, _) in zip(cases, specs, strict=True):
                case.spec.write_text(json.dumps(spec), "utf-8")
            before = _snapshot(root)
            passwd = _stat("/etc/passwd")  # a model is named `/etc/passwd`
            failures = []
            for case in cases:
                result = run_clientgen("generate", str(case.spec), "-o", str(case.out), "--package-name", case.package, "--quiet")
                if result.returncode != 0:
                    failures.append(f"{case.key}: {result.stderr[-2000:]}")
            outside = sorted(
                p for p in _snapshot(root) - before
                if not any(p == f"out/{c.key}" or p.startswith(f"out/{c.key}/") for c in cases) and p not in ("out",)
            )
            if _stat("/etc/passwd") != passwd:
                outside.append("/etc/passwd")
            done.write_text(json.dumps({"failures": failures, "outside": outside}), "utf-8")
        state = json.loads(done.read_text("utf-8"))
    if state["failures"]:
        pytest.fail("generation failed:\n" + "\n".join(state["failures"]))
    return Corpus(root, canary, tuple(cases), tuple(state["outside"]))


def _py_files(case: Case) -> list[Path]:
    return sorted([*(case.out / case.package).rglob("*.py"), *(case.out / "tests").glob("*.py")])


def test_case_counts_per_category() -> None:
    """Every category of the issue is covered; `pytest -s` prints the counts."""
    counts: Counter[str] = Counter()
    texts = payloads("/canary")
    for text in texts.values():
        count_cases(hostile_spec(text), text, counts)
    for name in HOSTILE_NAMES:
        count_cases(names_spec(HOSTILE_NAMES), name, counts, exact=True)
    hooks = [*texts.values(), *HOSTILE_NAMES[:10]]
    for text in hooks:
        count_cases(webhooks_spec(hooks), text, counts, exact=True)
    print("\ninjection cases per category:")
    for name, n in sorted(counts.items()):
        print(f"  {name:32} {n}")
    print(f"  {'total':32} {sum(counts.values())}")
    wanted = {
        "titles", "descriptions", "enum values", "defaults", "examples", "tags", "server URLs and variables",
        "header names", "names: schemas and properties", "names: operationIds", "names: parameters",
        "names: security schemes", "names: webhooks",
    }
    assert wanted <= set(counts), wanted - set(counts)
    assert all(counts[c] >= len(texts) for c in wanted - {"names: webhooks"})


def test_the_canary_fires_when_a_payload_runs(tmp_path: Path) -> None:
    """The canary is live: each kind of payload touches it when run the way a careless
    generator would run it (a naive docstring, string or comment, Jinja, a shell)."""
    import jinja2

    canary = tmp_path / "CANARY"
    texts = payloads(str(canary))
    naive = {
        "triple_double": '"""' + texts["triple_double"] + '"""',
        "triple_single": "'''" + texts["triple_single"] + "'''",
        "double_quote": 'x = "' + texts["double_quote"] + '"',
        "newline": "# " + texts["newline"],
        "carriage_return": "# " + texts["carriage_return"],
        "comment_end": "# " + texts["comment_end"],
    }
    for key, source in naive.items():
        exec(compile(source, key, "exec"), {})  # noqa: S102 - running it is the point
        assert canary.exists(), key
        canary.unlink()
    for key in ("jinja_expr", "jinja_stmt"):
        jinja2.Environment().from_string(texts[key]).render()  # noqa: S701
        assert canary.exists(), key
        canary.unlink()
    subprocess.run(["sh", "-c", "echo " + texts["shell"]], check=True, capture_output=True)
    assert canary.exists()


def test_generation_runs_no_spec_text_and_writes_only_inside_the_output(corpus: Corpus) -> None:
    assert not corpus.canary.exists(), "spec text ran during generation"
    assert corpus.created_outside == (), corpus.created_outside
    for case in corpus.cases:
        out = case.out.resolve()
        manifest = json.loads((case.out / ".clientgen" / "manifest").read_text("utf-8"))
        for rel in manifest["files"]:
            assert (out / rel).resolve().is_relative_to(out), rel
            assert "\x00" not in rel and not rel.startswith("/") and ".." not in Path(rel).parts, rel
        written = [p for p in case.out.rglob("*") if p.is_file()]
        assert all(p.resolve().is_relative_to(out) for p in written)
        # two files whose names differ only by case would be one file on macOS and Windows
        lowered = Counter(str(p.relative_to(case.out)).lower() for p in written)
        assert [p for p, n in lowered.items() if n > 1] == [], case.key
        # nor may a file be named after a Windows device, whatever its extension
        devices = [p for p in written for part in p.relative_to(case.out).parts if part.split(".")[0].lower() in WINDOWS_DEVICES]
        assert devices == [], case.key


def test_every_generated_module_compiles(corpus: Corpus) -> None:
    for case in corpus.cases:
        for path in _py_files(case):
            compile(path.read_text("utf-8"), str(path), "exec")
    assert not corpus.canary.exists()


def test_the_generated_tests_pass_and_run_no_spec_text(corpus: Corpus, tmp_path: Path) -> None:
    """Every payload reaches the SDK's own tests (descriptions, paths, examples, content
    types): they still pass, and nothing in them runs. (A payload that is not ASCII names an
    API-key header httpx cannot send at all: those calls fail, but run nothing either. The
    names spec chains about a hundred models, one inside the next: pydantic's schema builder
    needs more stack than is left under pytest, so those calls fail with RecursionError.)"""
    for case in corpus.cases:
        if not (case.out / "tests").is_dir():
            continue
        outcome = run_sdk_tests(case.out, tmp_path)
        assert bool(outcome.tests) == any((case.out / "tests").glob("test_*.py")), case.key  # webhooks only: none
        if case.key != "names" and (case.payload is None or _header_safe(case.payload)):
            assert (outcome.failures, outcome.errors) == (0, 0), f"{case.key}:\n{outcome.output}"
    assert not corpus.canary.exists()


def test_mypy_strict_passes_on_the_whole_corpus(corpus: Corpus, tmp_path: Path) -> None:
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(c.out) for c in corpus.cases)}
    packages = [arg for c in corpus.cases for arg in ("-p", c.package)]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy"), *packages],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=1200,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def _model(api: Api, wire: str) -> Any:
    return next(m for m in api.models if m.wire_name == wire)


def _field(model: Any, wire: str) -> Any:
    return next(f for f in model.fields if f.wire_name == wire)


def _operation(api: Api, operation_id: str) -> tuple[Any, Any]:
    return next((g, op) for g in api.groups for op in g.operations if op.operation_id == operation_id)


def _header_safe(text: str) -> bool:
    """Text a header parameter can carry: printable ASCII (the generated `_serialize.py` raises
    ValueError for a line break, a control or a non-ASCII character, so no value adds a header)."""
    return text.isascii() and text.isprintable()


def payload_plan(case: Case) -> dict[str, Any]:
    """What to check in one payload package, derived from the spec (names from the IR)."""
    p = case.payload
    assert p is not None
    api = load_api(Settings(spec=case.spec, package_name=case.package))
    item = _model(api, "Item")
    full = {"id": p, p: p, "kind": "plain", "count": 2, "nested": {p: [p]}, "choice": {"t": p}, "meta": {p: p}}
    roundtrip = [
        [item.name, {"id": p, p: p, "kind": p}],
        [item.name, full],
        [item.name, {"id": p, p: p, "choice": p + "s", "kind": "not in the enum " + p, "unknown " + p: [p, {p: None}]}],
        [_model(api, p).name, {"x": p}],
    ]
    enum_alias = _model(api, "E" + p)
    literals = [
        [item.name, _field(item, "kind").py_name, [p, p + "2", "plain"]],
        [item.name, _field(item, "count").py_name, [1, 2]],
        [enum_alias.name, None, [p, "other"]],
    ]
    group, get = _operation(api, p)
    _, post = _operation(api, p + " create")
    scheme = next(s for s in api.security if s.name == p)
    query = next(x for x in get.params if x.location == "query")
    header = next(x for x in get.params if x.location == "header")
    kwargs: dict[str, Any] = {query.py_name: p}
    auth_headers = []
    credentials = {}
    if _header_safe(scheme.param_name or ""):
        credentials[scheme.py_name] = "secret " + p if p.isascii() else "secret"
        auth_headers.append([scheme.param_name, credentials[scheme.py_name]])
    headers = list(auth_headers)
    if _header_safe(header.wire_name + p):
        kwargs[header.py_name] = p
        headers.append([header.wire_name, p])
    calls = [
        {
            "group": group.attr_name, "method": get.py_name, "args": [p], "kwargs": kwargs,
            "credentials": credentials, "status": 200, "respond": full, "result": full,
            "expect": {"segments": ["items", p], "query": [[p, p]], "headers": headers},
        },
        {
            "group": group.attr_name, "method": post.py_name + "_with_http_info", "args": [p + "/../x?y=1#z"],
            "kwargs": {f.py_name: v for f, v in zip(post.body.fields, [p, p, "plain"], strict=False)},
            "credentials": credentials, "status": 201, "respond": p,
            "expect": {"segments": ["items", p + "/../x?y=1#z"], "query": [], "headers": auth_headers, "json": {"id": p, p: p, "kind": "plain"}},
        },
    ]
    return {
        "package": case.package,
        "roundtrip": roundtrip,
        "literals": literals,
        "calls": calls,
        "cli": [["--help"], [get.cli_name, "--help"], [post.cli_name, "--help"]],
    }


def names_plan(case: Case) -> dict[str, Any]:
    api = load_api(Settings(spec=case.spec, package_name=case.package))
    roundtrip = []
    calls = []
    for i, name in enumerate(HOSTILE_NAMES):
        other = HOSTILE_NAMES[(i + 1) % len(HOSTILE_NAMES)]
        roundtrip.append([_model(api, name).name, {name: name, "other": {other: other}}])
        group, op = _operation(api, name)
        query = next(x for x in op.params if x.location == "query")
        calls.append({
            "group": group.attr_name, "method": op.py_name, "args": [], "kwargs": {query.py_name: name, "body": {name: name}},
            "credentials": {}, "status": 200, "respond": {name: name}, "result": {name: name},
            "expect": {"segments": [f"n{i}"], "query": [[name, name]], "headers": [], "json": {name: name}},
        })
    roundtrip.append([_model(api, "Everything").name, {name: i for i, name in enumerate(HOSTILE_NAMES)}])
    return {"package": case.package, "roundtrip": roundtrip, "calls": calls, "cli": [["--help"]]}


def test_packages_import_round_trip_and_send_what_the_spec_means(corpus: Corpus, tmp_path: Path) -> None:
    plans = []
    for case in corpus.cases:
        if case.payload is not None:
            plans.append(payload_plan(case))
        elif case.key == "names":
            plans.append(names_plan(case))
        else:
            plans.append({"package": case.package, "cli": [["--help"]]})
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(plans), "utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(c.out) for c in corpus.cases)}
    result = subprocess.run(
        [sys.executable, str(HERE / "injection_exercise.py"), str(plan_file)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert not corpus.canary.exists(), "spec text ran in a generated package"
    report = json.loads(result.stdout)
    problems = {k: v for k, v in report.items() if v}
    assert problems == {}, json.dumps(problems, indent=1, ensure_ascii=False)[:8000]


# ---- docs ----------------------------------------------------------------------------------

_DELIMITER = re.compile(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_OWN_HTML = re.compile(r'<a id="[^"<>\n]*"></a>|<br>')


def table_cells(row: str, outer: bool = True) -> int:
    """Cells in a GFM table row: split on pipes not escaped by a backslash. `outer=False` for
    tables written without outer pipes, where `a | b | ` ends with an empty cell."""
    text = row.strip()
    cells = re.split(r"(?<!\\)\|", text)
    if text.startswith("|"):
        cells = cells[1:]
    if outer and text.endswith("|") and not text.endswith("\\|"):
        cells = cells[:-1]
    return len(cells)


def tables(markdown: str) -> list[tuple[int, bool, list[str]]]:
    """(header cell count, outer pipes?, body rows) for every table outside code fences."""
    lines = markdown.split("\n")
    found = []
    fenced = False
    i = 0
    while i < len(lines):
        if lines[i].startswith("```"):
            fenced = not fenced
        elif (
            not fenced and i + 1 < len(lines) and _DELIMITER.match(lines[i + 1])
            and "|" in lines[i + 1] + lines[i] and table_cells(lines[i]) == table_cells(lines[i + 1])
        ):  # GFM: a header row, then a delimiter row with as many cells
            width = table_cells(lines[i])
            rows = []
            j = i + 2
            while j < len(lines) and lines[j].strip():
                rows.append(lines[j])
                j += 1
            found.append((width, lines[i].rstrip().endswith("|"), rows))
            i = j
            continue
        i += 1
    return found


def test_docs_keep_their_tables_and_html(corpus: Corpus) -> None:
    for case in corpus.cases:
        for page in [case.out / "README.md", *sorted((case.out / "docs").glob("*.md"))]:
            text = page.read_text("utf-8")
            where = f"{case.key}: {page.relative_to(case.out)}"
            assert sum(1 for line in text.split("\n") if line.startswith("```")) % 2 == 0, f"{where}: unbalanced fence"
            for width, outer, rows in tables(text):
                for row in rows:
                    cells = table_cells(row, outer)
                    assert cells == width, f"{where}: row has {cells} cells, not {width}: {row!r}"
            prose = re.sub(r"^```.*?^```$", "", text, flags=re.MULTILINE | re.DOTALL)  # code is shown, not rendered
            stray = re.findall(r"<[^<]{0,40}", _OWN_HTML.sub("", prose))
            assert stray == [], f"{where}: HTML from the spec: {stray[:3]}"
        if case.payload is not None:
            # plain text (not Markdown) stays on its line: title, version, base URL
            readme = (case.out / "README.md").read_text("utf-8").split("\n")
            assert any(line.startswith("Python client for **") and line.endswith(" document.") for line in readme), case.key
            assert any(line.startswith("All URIs are relative to *") and line.endswith("*") for line in readme), case.key
            api = load_api(Settings(spec=case.spec, package_name=case.package))
            item = _model(api, "Item")
            rows = tables((case.out / "docs" / f"{item.name}.md").read_text("utf-8"))
            assert len(rows) == 1 and len(rows[0][2]) == len(item.fields), case.key
            group, get = _operation(api, case.payload)
            page = (case.out / "docs" / f"{group.class_name}.md").read_text("utf-8")
            _, post = _operation(api, case.payload + " create")
            assert post.body is not None
            # the methods table, then per operation: parameters (and body fields) and responses
            expected = [2 * len(group.operations), len(get.params), len(get.responses)]
            expected += [len(post.params) + len(post.body.fields) + bool(post.overloads), len(post.responses)]
            assert [len(rows) for _, _, rows in tables(page)] == expected, case.key


def test_jinja_in_spec_text_is_printed_not_evaluated(corpus: Corpus) -> None:
    for case in corpus.cases:
        if case.key not in ("jinja_expr", "jinja_stmt"):
            continue
        assert case.payload is not None
        readme = (case.out / "README.md").read_text("utf-8")
        assert case.payload in readme  # the title, as written
        client = ast.parse((case.out / case.package / "_client.py").read_text("utf-8"))
        # as written, but for the line breaks of a docstring wrapped at black's width
        assert " ".join(case.payload.split()) in " ".join((ast.get_docstring(client) or "").split())
        if case.key == "jinja_stmt":
            assert "{{ 7*7 }}" in readme
    assert not corpus.canary.exists()
