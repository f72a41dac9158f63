"""Every real spec in the shared corpus generates a client that imports, builds every
model, passes mypy --strict and documents every operation and model."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_clientgen, run_python
from corpus import CORPUS, CorpusSpec

from clientgen.format import format_python
from clientgen.load.document import load_document

CHECK = """
import importlib, json, pkgutil, pydantic
import pkg
mods = [m.name for m in pkgutil.walk_packages(pkg.__path__, "pkg.")]
for name in mods:
    importlib.import_module(name)
from pkg import models
for name in models.__all__:
    obj = getattr(models, name)
    if isinstance(obj, type) and issubclass(obj, pydantic.BaseModel):
        obj.model_rebuild(force=True)
    else:
        pydantic.TypeAdapter(obj)
print(json.dumps({"modules": len(mods), "models": sorted(models.__all__)}))
"""


def operations_in_docs(out: Path) -> dict[str, list[str]]:
    pages = {}
    for page in sorted((out / "docs").glob("*Api.md")):
        heads = re.findall(r"^## (\S+)$", page.read_text(), flags=re.MULTILINE)
        pages[page.name] = [h for h in heads if not h.endswith("_with_http_info")]
    return pages


@pytest.mark.parametrize("spec", CORPUS, ids=lambda s: s.id)
def test_corpus_spec_generates_a_working_client(spec: CorpusSpec, tmp_path: Path, generated) -> None:  # type: ignore[no-untyped-def]
    out = generated(spec.file, *spec.flags)

    checked = run_python(CHECK, path=out, timeout=600)
    assert checked.returncode == 0, checked.stderr[-3000:]
    found = json.loads(checked.stdout)

    # one Endpoint constant per operation (`_CREATE_UPLOAD = _Endpoint(`), named after its method
    endpoints = {m.lower() for f in (out / "pkg" / "api").glob("*.py") for m in re.findall(r"^_([A-Z0-9_]+) = _Endpoint\(", f.read_text(), flags=re.MULTILINE)}
    assert len(endpoints) == spec.operations, (len(endpoints), spec.operations)
    pages = operations_in_docs(out)
    documented = {op for ops in pages.values() for op in ops}
    assert endpoints <= documented, sorted(endpoints - documented)[:10]
    readme = (out / "README.md").read_text()
    for page, ops in pages.items():
        for op in set(ops) & endpoints:  # the README lists operations, not their *_iter/_stream twins
            assert f"(docs/{page}#{op})" in readme
    for model in found["models"]:
        assert (out / "docs" / f"{model}.md").is_file(), model
        assert f"[{model}](docs/{model}.md)" in readme
    assert len(found["models"]) >= spec.schemas
    for hook in load_document(spec.file).data.get("webhooks") or {}:  # 3.1 webhooks are listed
        assert f"**{hook}** |" in readme, hook

    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy"), "-p", "pkg"],
        capture_output=True,
        text=True,
        cwd=out,
        timeout=900,
    )
    assert typed.returncode == 0, typed.stdout[-4000:]


@pytest.mark.parametrize("spec", CORPUS, ids=lambda s: s.id)
def test_corpus_output_is_what_black_would_write(spec: CorpusSpec, generated) -> None:  # type: ignore[no-untyped-def]
    """Black is skipped for the built-in templates' output (generator/render/layout.py); prove it changes nothing."""
    out = generated(spec.file, *spec.flags)
    modules = sorted(out.rglob("*.py"))
    assert modules
    changed = [str(p.relative_to(out)) for p in modules if format_python(str(p), text := p.read_text("utf-8")) != text]
    assert not changed, changed[:20]


def test_invalid_spec_shows_the_validator_error_and_generates_leniently(tmp_path: Path) -> None:
    """DigitalOcean's spec breaks the standard ($ref in tag descriptions)."""
    do = next(s for s in CORPUS if s.path.startswith("digitalocean/"))
    strict = run_clientgen("generate", str(do.file), "-o", str(tmp_path / "strict"))
    assert strict.returncode == 2
    first = strict.stderr.splitlines()[0]
    assert "DigitalOcean-public.v2.yaml:" in first and "at /tags/" in first and "invalid OpenAPI document" in first
    assert "--no-validate" in strict.stderr
    assert not (tmp_path / "strict").exists()
