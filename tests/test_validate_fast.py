"""Structural validation of a valid document asks jsonschema-rs only, reading
openapi-spec-validator's schema file without importing the library (load/validate.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from clientgen.errors import SpecError
from clientgen.load.document import load_document
from clientgen.load.validate import _schema, schema_file, validate

ROOT = Path(__file__).resolve().parent.parent
PETSTORE = ROOT.parent / "shared" / "specs" / "swagger-petstore" / "v3-openapi.yaml"


@pytest.mark.parametrize("version", [{"swagger": "2.0"}, {"openapi": "3.0.3"}, {"openapi": "3.1.0"}, {"openapi": "3.2.0"}])
def test_the_schema_file_is_the_one_the_library_validates_with(version: dict[str, str]) -> None:
    from openapi_spec_validator.shortcuts import get_validator_cls

    path = schema_file(version)
    assert path is not None
    assert json.loads(path.read_bytes()) == _schema(get_validator_cls(version))


@pytest.mark.parametrize("version", [{"openapi": "4.0.0"}, {"openapi": "3"}, {"swagger": "3.0"}, {}])
def test_a_version_the_library_does_not_know_has_no_schema_file(version: dict[str, str]) -> None:
    assert schema_file(version) is None


def test_a_valid_document_does_not_import_the_library() -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from clientgen.load.document import load_document\n"
        "from clientgen.load.validate import validate\n"
        f"validate(load_document(Path({str(PETSTORE)!r})), 'structural')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('openapi_spec_validator', 'jsonschema.'))))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_an_invalid_document_is_still_explained(tmp_path: Path) -> None:
    spec = tmp_path / "bad.json"
    spec.write_text(json.dumps({"openapi": "3.0.3", "info": {"title": "x", "version": "1"}, "paths": {"/a": {"get": {"responses": 5}}}}))
    with pytest.raises(SpecError) as caught:
        validate(load_document(spec), "structural")
    assert caught.value.pointer == "/paths/~1a/get/responses"
