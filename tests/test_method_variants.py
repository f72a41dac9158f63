"""The `_stream`, `_to_file` and `_iter` variants are named once, in the IR: the client and the docs
show the same methods, and the docs name the `_to_file` argument the client takes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import run_clientgen

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
