"""The bad-spec corpus (issue #7): a spec is untrusted input, so every broken one ends in one
clear line and exit 2, never a traceback, a hang or a half-written output folder.

Each case is `bad_specs/<category>/<name>.yaml|json` with `<name>.<ext>.expect` beside it:
lines the first line of stderr must contain, plus optional `flags: ...` (extra arguments) and
`exit: 0` for specs that look odd but must generate (then the lines must appear in stderr).
Lines starting with `#` say why the case exists. Files under `parts/` and `outside/` are
only referenced. Cases too big to commit are written at test time by GENERATED below.
"""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, run_clientgen
from test_errors import VALID_HEAD, check

BAD = Path(__file__).parent / "bad_specs"
MiB = 1024 * 1024


@dataclass(frozen=True)
class Expect:
    needles: tuple[str | tuple[str, ...], ...]  # each in the first line of stderr; a tuple: any one of its strings
    flags: tuple[str, ...] = ()
    exit: int = 2


def read_expect(path: Path) -> Expect:
    needles: list[str] = []
    flags: list[str] = []
    code = 2
    for line in path.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("flags:"):
            flags += line.removeprefix("flags:").split()
        elif line.startswith("exit:"):
            code = int(line.removeprefix("exit:"))
        else:
            needles.append(line)
    return Expect(tuple(needles), tuple(flags), code)


def committed_cases() -> dict[str, Path]:
    specs = sorted(p for p in BAD.rglob("*") if p.suffix in (".yaml", ".json") and not {"parts", "outside"} & set(p.parts))
    return {p.relative_to(BAD).as_posix(): p for p in specs}


# ---- cases made at test time: (write the spec into a folder, return its path), expectation ----
def _write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return path


def _deep_yaml(opening: str, closing: str, n: int) -> str:
    return VALID_HEAD + "paths: {}\nx-deep: " + opening * n + "1" + closing * n + "\n"


def _deep_json(n: int) -> str:
    return '{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}, "x-deep": ' + "[" * n + "]" * n + "}"


def _nested_schema(levels: int) -> str:
    schema: dict[str, object] = {"type": "string"}
    for _ in range(levels):
        schema = {"type": "object", "properties": {"a": schema}}
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Deep"}}}}}
    spec = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {"/a": {"get": {"responses": ok}}}, "components": {"schemas": {"Deep": schema}}}
    return json.dumps(spec)


def _huge_json(where: str, size: int) -> str:
    big = "x" * size
    info = {"title": "T", "version": "1", "description": big if where == "value" else ""}
    paths = {"/" + big: {}} if where == "key" else {}
    return json.dumps({"openapi": "3.0.3", "info": info, "paths": paths})


def _sparse(folder: Path, name: str, size: int) -> Path:
    path = _write(folder, name, b"")
    with path.open("wb") as f:
        f.truncate(size)  # no disk blocks: only the size is big
    return path


def _symlink_escape(folder: Path) -> Path:
    outside = _write(folder.parent / "elsewhere", "pet.yaml", "type: object\n")
    (folder / "parts").mkdir(parents=True)
    (folder / "parts" / "pet.yaml").symlink_to(outside)
    return _write(folder, "symlink_escape.yaml", VALID_HEAD + "paths: {}\ncomponents:\n  schemas:\n    Pet: {$ref: 'parts/pet.yaml'}\n")


Maker = Callable[[Path], Path]
# A YAML parser may stop deep nesting before our composer does (libyaml in PyYAML 6.0.4 does, at
# 1,000 flow levels): clientgen words that as its own limit, or at least as invalid YAML, with the line.
DEEP_YAML = ("nested more than 128 levels deep", "invalid YAML:")
GENERATED: dict[str, tuple[Maker, Expect]] = {
    "syntax/non_utf8": (
        lambda d: _write(d, "latin1.yaml", VALID_HEAD.encode() + b"paths: {}\n# caf\xe9\n"),
        Expect(("latin1.yaml:4:", "not UTF-8 text (byte 0xe9 at offset")),
    ),
    "syntax/utf16": (lambda d: _write(d, "utf16.yaml", (VALID_HEAD + "paths: {}\n").encode("utf-16")), Expect(("utf16.yaml:1:", "not UTF-8 text (byte 0xff at offset 0)"))),
    "syntax/control_character": (lambda d: _write(d, "bell.yaml", VALID_HEAD + "paths: {}\nx-a: 'ding\x07'\n"), Expect(("bell.yaml:4:", "control character U+0007"))),
    "syntax/nul_in_json": (
        lambda d: _write(d, "nul.json", '{"openapi": "3.0.3",\n"info": {"title": "T\x00", "version": "1"}, "paths": {}}'),
        Expect(("nul.json:2:", "invalid JSON: Invalid control character")),
    ),
    "refs/ref_to_non_utf8": (
        lambda d: (_write(d, "parts/pet.yaml", b"type: object\ndescription: caf\xe9\n"), _write(d, "spec.yaml", VALID_HEAD + "paths: {}\ncomponents:\n  schemas:\n    Pet: {$ref: 'parts/pet.yaml'}\n"))[1],
        Expect(("parts/pet.yaml:2:", "not UTF-8 text")),
    ),
    "refs/symlink_escape": (_symlink_escape, Expect(("symlink_escape.yaml:6 at /components/schemas/Pet:", "points outside the spec's folder"))),
    "resource/deep_yaml_flow": (lambda d: _write(d, "deep.yaml", _deep_yaml("[", "]", 10_000)), Expect(("deep.yaml:4:", DEEP_YAML))),
    "resource/deep_yaml_mappings": (lambda d: _write(d, "deep.yaml", _deep_yaml("{a: ", "}", 10_000)), Expect(("deep.yaml:4:", DEEP_YAML))),
    "resource/deep_yaml_block": (
        lambda d: _write(d, "deep.yaml", VALID_HEAD + "paths: {}\nx-deep:\n  " + "- " * 10_000 + "1\n"),
        Expect(("deep.yaml:5:", DEEP_YAML)),
    ),
    # libyaml's own composer recursed in C and crashed the interpreter here (SIGSEGV)
    "resource/deep_yaml_100000": (lambda d: _write(d, "deep.yaml", _deep_yaml("[", "]", 100_000)), Expect(("deep.yaml:4:", DEEP_YAML))),
    "resource/deep_json": (lambda d: _write(d, "deep.json", _deep_json(10_000)), Expect(("deep.json:", "nested more than 128 levels deep"))),
    # deep enough to refuse, shallow enough for json's own recursion limit
    "resource/deep_json_300": (lambda d: _write(d, "deep.json", _deep_json(300)), Expect(("deep.json at /x-deep/0/0:", "nests more than 128 levels deep"))),
    "resource/nesting_below_limit_ok": (lambda d: _write(d, "nested.json", _nested_schema(60)), Expect((), exit=0)),
    "resource/huge_string_yaml": (
        lambda d: _write(d, "huge.yaml", VALID_HEAD + "paths: {}\nx-huge: '" + "x" * (50 * MiB) + "'\n"),
        Expect(("huge.yaml:4 at /x-huge:", "a string of 52,428,800 characters (the limit is 1,000,000)")),
    ),
    "resource/huge_string_json": (lambda d: _write(d, "huge.json", _huge_json("value", 50 * MiB)), Expect(("huge.json:1 at /info/description:", "a string of 52,428,800 characters"))),
    "resource/huge_key_json": (lambda d: _write(d, "huge.json", _huge_json("key", 5_000_000)), Expect(("huge.json:1 at /paths:", "a key of 5,000,001 characters"))),
    "resource/huge_integer_yaml": (lambda d: _write(d, "big.yaml", VALID_HEAD + "paths: {}\nx-n: " + "9" * 5000 + "\n"), Expect(("big.yaml:", "unreadable value: Exceeds the limit (4300 digits)"))),
    "resource/huge_integer_json": (
        lambda d: _write(d, "big.json", '{"openapi": "3.0.3", "x-n": ' + "9" * 5000 + "}"),
        Expect(("big.json:", "unreadable value: Exceeds the limit (4300 digits)")),
    ),
    "resource/too_large_file": (lambda d: _sparse(d, "big.yaml", 300 * MiB), Expect(("big.yaml: file is larger than 256 MB",))),
}

COMMITTED = committed_cases()


def _snapshot(*folders: Path) -> set[Path]:
    return {p for folder in folders for p in folder.rglob("*")}


def _run_case(spec: Path, expect: Expect, tmp_path: Path, env: dict[str, str] | None = None) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    out = tmp_path / "out"
    before = _snapshot(BAD, tmp_path)
    result = run_clientgen("generate", str(spec), "-o", str(out), "--package-name", "p", *expect.flags, cwd=cwd, env=env)
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    if expect.exit == 0:
        assert result.returncode == 0, result.stderr[-3000:]
        assert (out / ".clientgen" / "manifest").is_file()
        for needle in expect.needles:
            assert any(n in result.stderr for n in ((needle,) if isinstance(needle, str) else needle)), (needle, result.stderr)
    else:
        check(result, *expect.needles)
        assert not out.exists(), "a failed run must not create the output folder"
    assert _snapshot(BAD, tmp_path) - {out} - set(out.rglob("*")) == before, "wrote outside the output folder"


@pytest.mark.parametrize("case", COMMITTED, ids=str)
def test_committed_case(case: str, tmp_path: Path) -> None:
    spec = COMMITTED[case]
    _run_case(spec, read_expect(Path(f"{spec}.expect")), tmp_path)


@pytest.mark.parametrize("case", GENERATED, ids=str)
def test_generated_case(case: str, tmp_path: Path) -> None:
    make, expect = GENERATED[case]
    spec = make(tmp_path / "spec")
    _run_case(spec, expect, tmp_path)


# ---- the YAML cases hold for another PyYAML release too (issue #17) ----
# `make test` installs the release before the locked one into a folder of its own (CLIENTGEN_OTHER_PYYAML),
# so a PyYAML upgrade that changes a limit or a message is caught here, not in a user's CI.
YAML_CASES = [c for c in COMMITTED if c.endswith(".yaml")] + [c for c in GENERATED if "yaml" in c]


@pytest.fixture(scope="module")
def other_pyyaml() -> dict[str, str]:
    folder = os.environ.get("CLIENTGEN_OTHER_PYYAML")
    if not folder:
        pytest.skip("set CLIENTGEN_OTHER_PYYAML to a folder holding another PyYAML (`make test` does)")
    env = {"PYTHONPATH": folder}
    probe = "import yaml, importlib.metadata as m; print(yaml.__version__, m.version('pyyaml'))"
    other = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env={**os.environ, **env}, check=True).stdout.split()
    locked = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert other[0] != locked[0], f"CLIENTGEN_OTHER_PYYAML holds the locked PyYAML {locked[0]}"
    return env


@pytest.mark.parametrize("case", YAML_CASES, ids=str)
def test_yaml_case_with_other_pyyaml(case: str, other_pyyaml: dict[str, str], tmp_path: Path) -> None:
    if case in COMMITTED:
        spec, expect = COMMITTED[case], read_expect(Path(f"{COMMITTED[case]}.expect"))
    else:
        spec, expect = GENERATED[case][0](tmp_path / "spec"), GENERATED[case][1]
    _run_case(spec, expect, tmp_path, env=other_pyyaml)


def test_every_committed_case_has_an_expectation() -> None:
    for spec in COMMITTED.values():
        assert Path(f"{spec}.expect").is_file(), spec
    assert {p.parent.name for p in COMMITTED.values()} == {"syntax", "structure", "refs", "duplicates", "resource"}


# ---- bounded cost: the alias bomb and deep nesting fail fast, in little memory ----
MEASURE = """
import json, resource, subprocess, sys
result = subprocess.run([sys.executable, "-m", "clientgen", *sys.argv[1:]], capture_output=True, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": result.returncode, "stderr": result.stderr, "peak_mb": usage.ru_maxrss / 1024, "cpu_s": usage.ru_utime + usage.ru_stime}))
"""


def measure(*args: str) -> dict[str, Any]:
    """Run the command line in a fresh wrapper process, so RUSAGE_CHILDREN covers it alone."""
    done = subprocess.run([sys.executable, "-c", MEASURE, *args], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


@pytest.mark.parametrize("case", ["resource/alias_bomb.yaml", "resource/deep_yaml_100000", "resource/deep_json"])
def test_fails_fast_in_bounded_memory(case: str, tmp_path: Path) -> None:
    spec = COMMITTED[case] if case in COMMITTED else GENERATED[case][0](tmp_path / "spec")
    got = measure("generate", str(spec), "-o", str(tmp_path / "out"))
    assert got["rc"] == 2 and "Traceback" not in got["stderr"], got
    assert got["stderr"].startswith("error: "), got
    assert got["peak_mb"] < 200, got
    assert got["cpu_s"] < 2.0, got  # CPU time, not wall time: the machine may be busy


# ---- a URL $ref is never fetched, whatever the flags ----
@pytest.fixture
def http_server() -> Iterator[tuple[str, list[str]]]:
    """A local server that records every request it gets."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"type: object\n")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("flags", [(), ("--allow-outside-refs",)], ids=["default", "allow-outside-refs"])
def test_url_refs_are_never_fetched(http_server: tuple[str, list[str]], flags: tuple[str, ...], tmp_path: Path) -> None:
    url, requests = http_server
    spec = _write(tmp_path, "spec.yaml", VALID_HEAD + f"paths: {{}}\ncomponents:\n  schemas:\n    Pet: {{$ref: '{url}/pet.yaml'}}\n")
    result = run_clientgen("generate", str(spec), "-o", str(tmp_path / "out"), *flags)
    check(result, "spec.yaml:6 at /components/schemas/Pet:", "is a URL; remote references are not fetched")
    assert requests == []
