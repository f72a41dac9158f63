"""Bad input: a clear one-line-first message, exit code 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, run_clientgen

VALID_HEAD = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n"


def check(result, *needles: str | tuple[str, ...]) -> str:  # type: ignore[no-untyped-def]
    """Exit 2, no traceback, and a first line `error: ...` holding every needle (a tuple: any one of them)."""
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith("error: ")
    for needle in needles:
        assert any(n in first for n in ((needle,) if isinstance(needle, str) else needle)), (needle, first)
    return first


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_missing_file(tmp_path: Path) -> None:
    result = run_clientgen("generate", str(tmp_path / "nope.yaml"), "-o", str(tmp_path / "out"))
    check(result, "nope.yaml", "file not found")
    assert not (tmp_path / "out").exists()


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    spec = write(tmp_path, "bad.yaml", VALID_HEAD + "paths:\n  /a:\n    get: [unclosed\n")
    check(run_clientgen("validate", str(spec)), "bad.yaml:", "invalid YAML")


def test_broken_json_names_the_line(tmp_path: Path) -> None:
    spec = write(tmp_path, "bad.json", '{"openapi": "3.0.3",\n "info": {,}\n}')
    check(run_clientgen("generate", str(spec), "-o", str(tmp_path / "o")), "bad.json:2", "invalid JSON")


def test_invalid_spec_gives_pointer_and_line(tmp_path: Path) -> None:
    spec = write(tmp_path, "invalid.yaml", VALID_HEAD + "paths:\n  /a:\n    get:\n      responses:\n        '200': {descriptio: typo}\n")
    first = check(run_clientgen("generate", str(spec), "-o", str(tmp_path / "o")), "invalid.yaml:", "invalid OpenAPI document")
    assert "/paths/~1a/get/responses/200" in first


def test_invalid_spec_generates_with_no_validate(tmp_path: Path) -> None:
    spec = write(tmp_path, "invalid.yaml", VALID_HEAD + "paths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok, x: 1}\n      extra_field: 1\n")
    assert run_clientgen("validate", str(spec)).returncode == 2
    result = run_clientgen("generate", str(spec), "-o", str(tmp_path / "o"), "--no-validate", "--package-name", "t")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "o" / "t" / "api" / "default.py").is_file()


def test_unresolvable_ref(tmp_path: Path) -> None:
    spec = write(tmp_path, "ref.yaml", VALID_HEAD + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Missing'}\n")
    first = check(run_clientgen("generate", str(spec), "-o", str(tmp_path / "o")), "ref.yaml:", "#/components/schemas/Missing")
    assert "points to nothing" in first


def test_ref_to_missing_file(tmp_path: Path) -> None:
    spec = write(tmp_path, "ext.yaml", VALID_HEAD + "paths:\n  /a:\n    $ref: 'paths/a.yaml'\n")
    check(run_clientgen("generate", str(spec), "-o", str(tmp_path / "o")), "ext.yaml", "missing file")


@pytest.mark.parametrize("text", ["", "just a string\n", "- a list\n"])
def test_not_an_openapi_document(tmp_path: Path, text: str) -> None:
    spec = write(tmp_path, "odd.yaml", text)
    check(run_clientgen("generate", str(spec), "-o", str(tmp_path / "o")), "odd.yaml")


def test_non_utf8(tmp_path: Path) -> None:
    spec = tmp_path / "latin1.yaml"
    spec.write_bytes(VALID_HEAD.encode() + b"paths: {}\n# caf\xe9\n")
    check(run_clientgen("generate", str(spec), "-o", str(tmp_path / "o")), "not UTF-8")


def test_user_files_are_never_overwritten(tmp_path: Path) -> None:
    spec = write(tmp_path, "ok.yaml", VALID_HEAD + "paths: {}\n")
    out = tmp_path / "o"
    (out / "README.md").parent.mkdir(parents=True)
    (out / "README.md").write_text("mine")
    first = check(run_clientgen("generate", str(spec), "-o", str(out), "--package-name", "t"), "README.md", "--force")
    assert (out / "README.md").read_text() == "mine"
    assert first


def test_validation_narrows_to_the_parts_with_errors_and_reports_what_the_full_check_reports() -> None:
    """jsonschema-rs finds which path items and schemas are broken; the Python validator then
    explains those with the rest stubbed out (generator/load/parts.py)."""
    from clientgen.load import parts

    doc = {"openapi": "3.1.0", "paths": {"/a": {"get": {"x": 1}}}, "components": {"schemas": {"A": {"type": "string"}}}}
    assert parts.parts(doc) == [(("paths",), "/a"), (("components", "schemas"), "A")]
    assert parts.part_of(["paths", "/a", "get", "responses", 200]) == (("paths",), "/a")
    assert parts.part_of(["components", "schemas", "A", "type"]) == (("components", "schemas"), "A")
    assert parts.part_of(["info", "title"]) is None
    stubbed = parts.without(doc, parts.parts(doc))
    assert stubbed == {"openapi": "3.1.0", "paths": {"/a": {}}, "components": {"schemas": {"A": {}}}}
    assert doc["paths"]["/a"] == {"get": {"x": 1}}  # the original is untouched


def test_an_error_deep_in_a_large_real_spec_is_reported_exactly(tmp_path: Path) -> None:
    spec = ROOT / "specs" / "openai.yaml"
    text = spec.read_text("utf-8")
    broken = tmp_path / "openai.yaml"
    broken.write_text(text.replace("operationId: cancelUpload\n", "operationId: [cancelUpload]\n", 1), "utf-8")
    result = run_clientgen("generate", str(broken), "--output", str(tmp_path / "out"), "--package-name", "p")
    assert result.returncode == 2, result.stderr
    first = result.stderr.splitlines()[0]
    assert first == (
        f"error: {broken}:{text[: text.index('operationId: cancelUpload')].count(chr(10)) + 1} at "
        "/paths/~1uploads~1{upload_id}~1cancel/post/operationId: invalid OpenAPI document: ['cancelUpload'] is not of type 'string'"
    ), first
    assert not (tmp_path / "out").exists()
