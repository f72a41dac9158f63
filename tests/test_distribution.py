"""The generated SDK builds and installs like any package: `python -m build` makes an sdist and a
wheel that `twine check` passes, the wheel holds exactly the package, and the wheel installed into
a fresh venv (dependencies at the locked versions) works from outside the output folder: import,
`Client()`, the console script, and `__api_version__` keeping `info.version` as written.

Specs whose `info.version` is no PEP 440 version (`1.0.27-SNAPSHOT`, `2.0 (v2)`, `latest`) are
among them: before the mapping in generator/ir/distribution.py, pip refused their SDKs.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import OUTPUT, ROOT, SHARED_SPECS
from teamwork import PETS, clientgen

LOCK = ROOT / "requirements" / "lock.txt"
DIST_INFO_FILES = {"METADATA", "WHEEL", "RECORD", "entry_points.txt"}


@dataclass(frozen=True)
class Case:
    name: str
    package: str
    project: str
    api_version: str  # info.version as written
    version: str  # what the distribution gets


CASES = [
    Case("openai-uploads", "openai_uploads", "openai-uploads", "2.3.0", "2.3.0"),
    Case("petstore-snapshot", "petstore_snapshot", "petstore-snapshot", "1.0.27-SNAPSHOT", "1.0.27.dev0"),
    Case("version-in-words", "pets_v2", "pets-v2", "2.0 (v2)", "2.0"),
    Case("latest", "pets_latest", "pets-latest", "latest", "0.0.0"),
]

CHECK = """
import importlib, importlib.metadata, json, pkgutil, sys
name, project = sys.argv[1], sys.argv[2]
pkg = importlib.import_module(name)
modules = [m.name for m in pkgutil.walk_packages(pkg.__path__, name + ".")]
for module in modules:
    importlib.import_module(module)
client = pkg.Client()
client.close()
print(json.dumps({
    "file": pkg.__file__,
    "version": pkg.__version__,
    "api_version": pkg.__api_version__,
    "installed": importlib.metadata.version(project),
    "modules": len(modules),
}))
"""


def _generate(case: Case, spec: Path, out: Path) -> None:
    result = clientgen("generate", str(spec), "--output", str(out), "--package-name", case.package)
    assert result.code == 0, result.err
    if case.version == "0.0.0":  # nothing to map: said so
        found = re.search(rf"^warning: {re.escape(str(spec))}:(\d+) at /info/version: info.version {case.api_version!r} has no version number", result.err, re.M)
        assert found, result.err
        assert json.dumps(case.api_version) in spec.read_text().splitlines()[int(found[1]) - 1]


@pytest.fixture(scope="module")
def sdks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each case's output folder (a copy of output/openai-uploads; the others generated)."""
    base = tmp_path_factory.mktemp("sdks")
    found = {"openai-uploads": shutil.copytree(OUTPUT / "openai-uploads", base / "openai-uploads")}
    cases = {c.name: c for c in CASES}
    _generate(cases["petstore-snapshot"], SHARED_SPECS / "swagger-petstore" / "v3-openapi.yaml", base / "petstore-snapshot")
    for name in ("version-in-words", "latest"):
        spec = base / f"{name}.yaml"
        spec.write_text(PETS.replace('version: "1.0.0"', f"version: {json.dumps(cases[name].api_version)}"))
        _generate(cases[name], spec, base / name)
    found.update({name: base / name for name in ("petstore-snapshot", "version-in-words", "latest")})
    return found


@pytest.fixture(scope="module")
def dists(sdks: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """Each case's (wheel, sdist), built as `python -m build` builds: the sdist, then the wheel from it."""
    built = {}
    for name, out in sdks.items():
        dist = tmp_path_factory.mktemp(f"dist-{name}")
        result = subprocess.run(
            [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(out)], capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, f"{name}: build failed:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
        (wheel,), (sdist,) = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
        built[name] = (wheel, sdist)
    return built


@pytest.fixture(scope="module")
def venv(dists: dict[str, tuple[Path, Path]], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One fresh venv with every case's wheel installed, dependencies pinned by the lock."""
    folder = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, timeout=300)
    wheels = [str(wheel) for wheel, _ in dists.values()]
    # this venv's pip installs into the new one (`--python`): the same install, without seeding pip there
    install = [sys.executable, "-m", "pip", "--python", str(folder / "bin" / "python"), "install", "--quiet", "-c", str(LOCK), *wheels]
    result = subprocess.run(install, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-4000:]
    yield folder


def _elsewhere_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_build_makes_an_sdist_and_a_wheel_that_twine_check_passes(case: Case, dists: dict[str, tuple[Path, Path]]) -> None:
    wheel, sdist = dists[case.name]
    assert wheel.name == f"{case.project.replace('-', '_')}-{case.version}-py3-none-any.whl"
    checked = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist)], capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_wheel_holds_exactly_the_package_and_its_metadata(case: Case, sdks: dict[str, Path], dists: dict[str, tuple[Path, Path]]) -> None:
    out = sdks[case.name]
    wheel, sdist = dists[case.name]
    package_files = {p.relative_to(out).as_posix() for p in (out / case.package).rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert f"{case.package}/py.typed" in package_files
    dist_info = f"{case.project.replace('-', '_')}-{case.version}.dist-info"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = archive.read(f"{dist_info}/METADATA").decode("utf-8")
    assert names == package_files | {f"{dist_info}/{n}" for n in DIST_INFO_FILES}, sorted(names ^ (package_files | {f"{dist_info}/{n}" for n in DIST_INFO_FILES}))
    assert f"\nVersion: {case.version}\n" in metadata
    assert f"\nName: {case.project}\n" in metadata
    with subprocess.Popen(["tar", "tzf", str(sdist)], stdout=subprocess.PIPE, text=True) as listing:
        assert listing.stdout is not None
        in_sdist = listing.stdout.read().split()
    assert not [n for n in in_sdist if "/.clientgen/" in n]


def test_metadata_comes_from_the_spec(dists: dict[str, tuple[Path, Path]]) -> None:
    def metadata(name: str) -> str:
        wheel = dists[name][0]
        with zipfile.ZipFile(wheel) as archive:
            return next(archive.read(n) for n in archive.namelist() if n.endswith(".dist-info/METADATA")).decode("utf-8")

    uploads = metadata("openai-uploads")
    assert "\nLicense-Expression: MIT\n" in uploads and "\nAuthor: OpenAI Support\n" in uploads
    assert "\nProject-URL: Terms of Service, https://openai.com/policies/terms-of-use\n" in uploads
    petstore = metadata("petstore-snapshot")
    assert "\nLicense-Expression:" not in petstore and "\nLicense:" not in petstore  # `Apache 2.0` is no SPDX expression
    assert "\nProject-URL: License, https://www.apache.org/licenses/LICENSE-2.0.html\n" in petstore
    assert "\nAuthor-email: apiteam@swagger.io\n" in petstore
    assert "\nProject-URL: Documentation, https://swagger.io\n" in petstore
    assert "\nProject-URL: API, https://petstore3.swagger.io/api/v3\n" in petstore


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_installed_wheel_works_from_outside_the_output(case: Case, venv: Path, sdks: dict[str, Path], tmp_path: Path) -> None:
    python = venv / "bin" / "python"
    ran = subprocess.run(
        [str(python), "-c", CHECK, case.package, case.project], capture_output=True, text=True, cwd=tmp_path, env=_elsewhere_env(), timeout=300
    )
    assert ran.returncode == 0, ran.stderr[-3000:]
    found = json.loads(ran.stdout)
    assert Path(found["file"]).is_relative_to(venv) and not Path(found["file"]).is_relative_to(sdks[case.name])
    assert (found["api_version"], found["version"], found["installed"]) == (case.api_version, case.version, case.version)
    assert found["modules"] > 10
    script = subprocess.run([str(venv / "bin" / case.project), "--help"], capture_output=True, text=True, cwd=tmp_path, env=_elsewhere_env(), timeout=120)
    assert script.returncode == 0, script.stderr[-3000:]
    assert "usage:" in script.stdout
