"""clientgen's own wheel: it installs the import package `clientgen` and nothing else at the top
level (not `generator`, the repository's folder name, which other distributions use too), with
every module and template, and the installed copy generates on its own."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT
from teamwork import PETS


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = tmp_path_factory.mktemp("build")  # a copy: setuptools writes build/ and *.egg-info beside the sources
    for rel in ("pyproject.toml", "README.md", "generator", "templates"):
        subprocess.run(["cp", "-r", str(ROOT / rel), str(build / rel)], check=True)
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(build)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    (found,) = out.glob("clientgen-*.whl")
    return found


def _tracked(folder: str) -> set[str]:
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", folder], check=True, capture_output=True, text=True).stdout.split()
    return {p for p in listed if p.endswith((".py", ".j2", ".typed"))}


def test_the_wheel_installs_clientgen_only_with_every_module_and_template(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"clientgen"}
    expected = {"clientgen/" + p.removeprefix("generator/") for p in _tracked("generator")}
    expected |= {"clientgen/" + p for p in _tracked("templates")}
    assert expected - set(names) == set()
    entry = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "clientgen = clientgen.launch:main" in entry


def test_the_installed_wheel_generates_from_its_own_files(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    pip = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)], capture_output=True, text=True)
    assert pip.returncode == 0, pip.stderr
    (tmp_path / "pets.yaml").write_text(PETS)
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run([sys.executable, "-c", "import clientgen.cli, clientgen.settings as s; print(clientgen.cli.__file__); print(s.BUILTIN_TEMPLATES)"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    module, templates = where.stdout.split()
    assert Path(module).is_relative_to(target) and Path(templates) == target / "clientgen" / "templates"
    result = subprocess.run([sys.executable, "-m", "clientgen", "generate", "pets.yaml", "-o", "sdk", "--package-name", "pets"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "sdk" / "pets" / "api" / "pets.py").is_file() and (tmp_path / "sdk" / "docs" / "PetsApi.md").is_file()
