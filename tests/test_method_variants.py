"""The `_stream`, `_to_file` and `_iter` variants are named once, in the IR: the client and the docs
show the same methods, and the docs name the `_to_file` argument the client takes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import run_clientgen

from clientgen.pipeline import Settings, load_api

SPEC = """\
openapi: 3.0.3
info: {title: Variants, version: "1"}
paths:
  /reports/{id}:
    get:
      operationId: getReport
      tags: [reports]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {"200": {description: ok, content: {application/pdf: {schema: {type: string, format: binary}}}}}
  /reports/{id}/file:
    get:
      operationId: getReportToFile
      tags: [reports]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {"200": {description: ok, content: {application/json: {schema: {type: object}}}}}
  /exports/{id}:
    get:
      operationId: getExport
      tags: [reports]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: destination, in: query, schema: {type: string}}
      responses: {"200": {description: ok, content: {application/zip: {schema: {type: string, format: binary}}}}}
"""


def _methods(module: Path, cls: str) -> set[str]:
    tree = ast.parse(module.read_text())
    found = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls)
    return {n.name for n in found.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}


def test_client_and_docs_agree_on_variants_and_their_arguments(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(SPEC)
    out = tmp_path / "sdk"
    made = run_clientgen("generate", str(tmp_path / "spec.yaml"), "-o", str(out), "--package-name", "variants")
    assert made.returncode == 0, made.stderr
    # getReport's `_to_file` variant would take getReportToFile's name: there is none, and the run says so
    assert "no `get_report_to_file` method, since another method of the group has that name" in made.stderr + made.stdout
    methods = _methods(out / "variants" / "api" / "reports.py", "ReportsApi")
    assert {"get_report", "get_report_to_file", "get_export", "get_export_to_file"} <= methods
    docs = (out / "docs" / "ReportsApi.md").read_text()
    documented = set(re.findall(r"^## (\w+)$", docs, re.MULTILINE))
    assert documented == {m for m in methods if not m.startswith("_")}
    # the docs list get_report_to_file once: the plain method, not a variant of get_report
    assert docs.count("## get_report_to_file\n") == 1
    assert "Takes the parameters of [get_report]" not in docs.split("## get_report_to_file\n")[1].split("\n## ")[0]
    # getExport has a `destination` parameter: its `_to_file` variant takes the path as `destination_`
    source = (out / "variants" / "api" / "reports.py").read_text()
    assert "        destination_: str | os.PathLike[str]," in source.split("def get_export_to_file")[1]
    assert "get_export_to_file(id, destination, destination_) -> pathlib.Path" in docs
    assert "plus `destination_`, a path" in docs


HTTP_INFO_SPEC = """\
openapi: 3.0.3
info: {title: Twins, version: "1"}
paths:
  /b:
    get:
      operationId: getPetWithHttpInfo
      tags: [pets]
      responses: {"200": {description: ok, content: {application/json: {schema: {type: object, properties: {op: {type: string, enum: [info]}}}}}}}
  /a:
    get:
      operationId: getPet
      tags: [pets]
      responses: {"200": {description: ok, content: {application/json: {schema: {type: object, properties: {op: {type: string, enum: [plain]}}}}}}}
"""


def test_every_method_has_its_exact_with_http_info_twin_and_the_cli_calls_it(tmp_path: Path) -> None:
    """The CLI calls `<method>_with_http_info`: an operationId spelled like another's twin must not
    take that twin's name (the twin would get a suffix, and the CLI would call the other operation)."""
    (tmp_path / "spec.yaml").write_text(HTTP_INFO_SPEC)
    out = tmp_path / "sdk"
    made = run_clientgen("generate", str(tmp_path / "spec.yaml"), "-o", str(out), "--package-name", "twins")
    assert made.returncode == 0, made.stderr
    api = load_api(Settings(spec=tmp_path / "spec.yaml", package_name="twins"))
    pairs = {op.operation_id: (op.py_name, op.http_info_method) for op in api.operations}
    assert all(info == name + "_with_http_info" for name, info in pairs.values()), pairs
    assert len({n for pair in pairs.values() for n in pair}) == 4, pairs
    methods = _methods(out / "twins" / "api" / "pets.py", "PetsApi")
    assert {n for pair in pairs.values() for n in pair} <= methods
    cli = (out / "twins" / "_cli.py").read_text()
    assert 'op.method + "_with_http_info"' in cli  # what the check above keeps true
