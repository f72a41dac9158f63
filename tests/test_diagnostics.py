"""Diagnostics as data: every warning and error says its level, file, line and JSON pointer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from teamwork import clientgen

from clientgen.errors import ConfigError, Diagnostic, FormatError, SpecError, TemplateError
from clientgen.pipeline import load_api
from clientgen.settings import Settings

ROOT_SPEC = """\
openapi: 3.0.3
info: {title: Pets, version: "1.0.0"}
paths:
  /pets:
    $ref: "paths.yaml#/pets"
components:
  securitySchemes:
    signed:
      type: http
      scheme: hoba
"""

PATHS = """\
pets:
  post:
    operationId: addPet
    parameters:
      - {name: Content-Length, in: header, schema: {type: integer}}
    responses:
      "204": {description: none}
"""


def _spec(tmp_path: Path) -> Path:
    (tmp_path / "paths.yaml").write_text(PATHS)
    spec = tmp_path / "api.yaml"
    spec.write_text(ROOT_SPEC)
    return spec


def test_warnings_name_the_file_line_and_pointer_they_are_about(tmp_path: Path) -> None:
    api = load_api(Settings(spec=_spec(tmp_path)))
    found = {(Path(w.file or "").name, w.line, w.pointer, w.level) for w in api.warnings}  # a value's line is where it starts
    # in the file that holds the path item, and in the root file
    assert found == {
        ("paths.yaml", 5, "/pets/post/parameters/0", "warning"),
        ("api.yaml", 9, "/components/securitySchemes/signed", "warning"),
    }


def test_the_command_line_prints_them_and_a_run_with_nothing_changed_too(tmp_path: Path) -> None:
    spec = _spec(tmp_path)
    first = clientgen("generate", str(spec), "--output", str(tmp_path / "out"), "--package-name", "pets")
    assert first.code == 0, first.err
    line = f"warning: {spec}:9 at /components/securitySchemes/signed: HTTP authentication scheme 'hoba' is not built in"
    assert line in first.err
    again = clientgen("generate", str(spec), "--output", str(tmp_path / "out"), "--package-name", "pets")
    assert again.code == 0
    assert again.err == first.err  # read back from .clientgen/state, not rebuilt
    state = json.loads((tmp_path / "out" / ".clientgen" / "state").read_text())
    assert {(w["level"], Path(w["file"]).name, w["line"], w["pointer"]) for w in state["summary"]["warnings"]} == {
        ("warning", "paths.yaml", 5, "/pets/post/parameters/0"),
        ("warning", "api.yaml", 9, "/components/securitySchemes/signed"),
    }


def test_a_diagnostic_survives_json_and_renders_what_it_knows() -> None:
    full = Diagnostic("warning", "renamed", "api.yaml", 3, "/paths/~1a/get")
    assert Diagnostic.from_json(json.loads(json.dumps(full.to_json()))) == full
    assert full.render() == "warning: api.yaml:3 at /paths/~1a/get: renamed"
    assert Diagnostic("warning", "no place").render() == "warning: no place"
    assert Diagnostic("error", "root", "api.yaml", None, "").render() == "error: api.yaml at /: root"
    with pytest.raises((TypeError, ValueError, KeyError)):
        Diagnostic.from_json("warning: an old state's plain string")


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (SpecError("bad", file="a.yaml", pointer="/x", line=4, details=("one",)), Diagnostic("error", "bad", "a.yaml", 4, "/x")),
        (ConfigError("--output is missing"), Diagnostic("error", "--output is missing")),
        (TemplateError("unexpected '}'", "t/group.py.j2", 9), Diagnostic("error", "unexpected '}'", "t/group.py.j2", 9)),
        (FormatError("generated x.py is not valid Python"), Diagnostic("internal error", "generated x.py is not valid Python")),
    ],
)
def test_every_error_is_a_diagnostic(error: Exception, expected: Diagnostic) -> None:
    assert isinstance(error, (SpecError, ConfigError, TemplateError, FormatError))
    assert error.diagnostic() == expected
    assert error.render().splitlines()[0] == expected.render()
