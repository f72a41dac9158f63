"""`clientgen generate --check` (the CI gate), `--diff`, `--dry-run` and `--fail-on-change`."""

from __future__ import annotations

import hashlib
import io
import json
import shlex
from pathlib import Path

import pytest
import yaml
from conftest import run_clientgen
from teamwork import PETS, PETS_V2, clientgen, readme_blocks, snapshot

from clientgen.progress import Progress


@pytest.fixture
def sdk(tmp_path: Path) -> Path:
    """A project whose generated SDK is current."""
    (tmp_path / "pets.yaml").write_text(PETS)
    (tmp_path / "clientgen.yaml").write_text("spec: pets.yaml\noutput: sdk\npackage-name: pets\n")
    assert clientgen("generate", "-q", at=tmp_path).code == 0
    return tmp_path


def test_check_exits_0_when_current_and_writes_nothing(sdk: Path) -> None:
    before = snapshot(sdk)
    result = clientgen("generate", "--check", at=sdk)
    assert result.code == 0, result.err
    assert result.out.startswith("sdk: up to date (1 operations, 1 models; 0 added, 0 changed, 0 removed, ")
    assert clientgen("generate", "--check", "--quiet", at=sdk).out == ""
    assert snapshot(sdk) == before


def test_check_exits_1_and_lists_added_changed_removed(sdk: Path) -> None:
    (sdk / "pets.yaml").write_text(PETS_V2.replace("    Pet:\n", "    Animal:\n").replace("schemas/Pet", "schemas/Animal"))
    before = snapshot(sdk)
    result = clientgen("generate", "--check", at=sdk)
    assert result.code == 1
    assert snapshot(sdk) == before, "--check must write nothing"
    lines = result.out.splitlines()
    lines = lines[: next(i for i, line in enumerate(lines) if line.startswith("API: "))]  # then the API's changes
    listing = {tuple(line.split()) for line in lines[1:]}
    counts = {status: sum(1 for s, _ in listing if s == status) for status in ("added", "changed", "removed")}
    header = f"sdk: out of date ({counts['added']} to add, {counts['changed']} to change, {counts['removed']} to remove)"
    assert lines[0] == header + "; run `clientgen generate` to update it:"
    assert len(listing) == len(lines) - 1
    assert ("added", "pets/models/owner.py") in listing
    assert ("added", "pets/api/owners.py") in listing
    assert ("added", "docs/Animal.md") in listing
    assert ("changed", "pets/models/__init__.py") in listing
    assert ("removed", "pets/models/pet.py") in listing
    assert ("removed", "docs/Pet.md") in listing
    # and generating makes the check pass
    assert clientgen("generate", "-q", at=sdk).code == 0
    assert clientgen("generate", "--check", at=sdk).code == 0


def test_check_reports_a_hand_edit(sdk: Path) -> None:
    readme = sdk / "sdk" / "README.md"
    readme.write_text(readme.read_text() + "\nlocal notes\n")
    result = clientgen("generate", "--check", at=sdk)
    assert result.code == 1
    assert "  changed  README.md (edited by hand)" in result.out.splitlines()


def test_check_diff_prints_a_unified_diff(sdk: Path) -> None:
    (sdk / "pets.yaml").write_text(PETS.replace("The pet's name.", "What the pet answers to."))
    result = clientgen("generate", "--check", "--diff", at=sdk)
    assert result.code == 1
    diff = result.out[result.out.index("--- a/") :]
    assert "--- a/pets/models/pet.py\n+++ b/pets/models/pet.py\n@@ " in diff
    assert '-    """The pet\'s name."""\n+    """What the pet answers to."""\n' in diff
    assert "--- a/docs/Pet.md\n+++ b/docs/Pet.md\n" in diff


def test_check_diff_shows_added_and_removed_files_against_dev_null(sdk: Path) -> None:
    (sdk / "pets.yaml").write_text(PETS_V2)
    result = clientgen("generate", "--check", "--diff", at=sdk)
    assert result.code == 1
    assert "--- /dev/null\n+++ b/pets/models/owner.py\n" in result.out


def test_check_in_a_subprocess_exit_codes(sdk: Path) -> None:
    """The real command line, as CI runs it."""
    assert run_clientgen("generate", "--check", cwd=sdk).returncode == 0
    (sdk / "sdk" / "docs" / "Pet.md").unlink()
    result = run_clientgen("generate", "--check", cwd=sdk)
    assert result.returncode == 1
    assert "  added    docs/Pet.md" in result.stdout


def test_diff_needs_check_or_dry_run(sdk: Path) -> None:
    result = clientgen("generate", "--diff", at=sdk)
    assert result.code == 2 and "--diff needs --check or --dry-run" in result.err


def test_dry_run_shows_what_would_change_and_writes_nothing(sdk: Path) -> None:
    (sdk / "pets.yaml").write_text(PETS_V2)
    before = snapshot(sdk)
    result = clientgen("generate", "--dry-run", at=sdk)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert "models; would be: " in lines[0] and ", 0 removed, " in lines[0]
    assert "  added    pets/models/owner.py" in lines
    assert "  changed  pets/models/__init__.py" in lines
    assert sum(line.startswith("  added ") for line in lines) == int(lines[0].split("would be: ")[1].split()[0])
    assert snapshot(sdk) == before


def test_dry_run_stops_where_the_real_run_would(sdk: Path) -> None:
    (sdk / "pets.yaml").write_text(PETS_V2)
    readme = sdk / "sdk" / "README.md"
    readme.write_text("mine\n")
    result = clientgen("generate", "--dry-run", at=sdk)
    assert result.code == 2
    assert "README.md" in result.err and "--force" in result.err
    assert readme.read_text() == "mine\n"


def test_fail_on_change_writes_then_exits_1(sdk: Path) -> None:
    (sdk / "pets.yaml").write_text(PETS_V2)
    result = clientgen("generate", "--fail-on-change", at=sdk)
    assert result.code == 1
    assert "sdk was out of date and has been regenerated" in result.err
    assert (sdk / "sdk" / "pets" / "models" / "owner.py").is_file()
    assert clientgen("generate", "--fail-on-change", at=sdk).code == 0


def test_quiet_and_verbose(sdk: Path) -> None:
    (sdk / "pets.yaml").write_text(PETS_V2)
    assert clientgen("generate", "--dry-run", "--quiet", at=sdk).out == ""
    result = clientgen("generate", "--verbose", at=sdk)
    assert result.code == 0
    assert "  added    pets/models/owner.py" in result.out.splitlines()
    assert "  same     pets/models/pet.py" in result.out.splitlines()
    files = sum(1 for line in result.out.splitlines() if line.startswith(("  added ", "  changed ", "  same ")))
    stages = [line.split(": ", 1)[1].rsplit(" ", 2)[0] for line in result.err.splitlines() if line.startswith("sdk: ")]
    # a new model changes the model index every file may read: no model's or group's file is reused,
    # only the six modules of the whole API that render alike keep their tidied text; the API's
    # snapshot (.clientgen/api.json) is written, not formatted
    assert stages == ["load", "render", f"format {files - 1} files", "compare the API with the last run's", f"write {files} files (6 reused)"]


@pytest.fixture
def readme_project(tmp_path: Path) -> Path:
    """The README's pyproject.toml example, generated once."""
    (toml,) = readme_blocks("Configuration", "toml")
    (tmp_path / ".git").mkdir()
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "petstore.yaml").write_text(PETS)
    (tmp_path / "pyproject.toml").write_text(toml)
    assert clientgen("generate", "-q", at=tmp_path).code == 0
    return tmp_path


def test_readme_ci_commands_exit_codes_and_listing(readme_project: Path) -> None:
    (commands,) = readme_blocks("Using clientgen in CI", "sh")
    (listing,) = readme_blocks("Using clientgen in CI", "text")
    argvs = [shlex.split(line)[1:] for line in commands.splitlines()]
    assert argvs == [["generate", "--check"], ["generate", "--check", "--diff"]]
    assert [clientgen(*argv, at=readme_project).code for argv in argvs] == [0, 0]
    (readme_project / "specs" / "petstore.yaml").write_text(PETS_V2)
    results = [clientgen(*argv, at=readme_project) for argv in argvs]
    assert [r.code for r in results] == [1, 1]
    assert results[0].out == listing
    assert results[1].out.startswith(listing) and "+++ b/petstore/models/owner.py" in results[1].out


def test_readme_github_actions_job_runs_the_check() -> None:
    (workflow,) = readme_blocks("Using clientgen in CI", "yaml")
    job = yaml.safe_load(workflow)["jobs"]["sdk-is-current"]
    assert job["steps"][-1] == {"run": "clientgen generate --check --diff"}


def test_progress_on_a_terminal_shows_the_stage_and_clears_the_line() -> None:
    stream = io.StringIO()
    progress = Progress("sdk", live=True, verbose=False, stream=stream)
    for stage in ("load", "render", "format 20 files", "write 20 files"):
        progress.step(stage)
    progress.done()
    shown = stream.getvalue()
    assert shown == "".join(f"\r\x1b[Ksdk: {s}..." for s in ("load", "render", "format 20 files", "write 20 files")) + "\r\x1b[K"
    assert [name for name, _ in progress.timings] == ["load", "render", "format 20 files", "write 20 files"]


# ---- the toolchain that wrote a folder (issue #17) ----
def _toolchain() -> dict[str, str]:
    from importlib.metadata import version

    from clientgen import __version__

    return {"clientgen": __version__, "black": version("black"), "jinja2": version("jinja2")}


def test_manifest_and_version_name_the_toolchain(sdk: Path) -> None:
    manifest = json.loads((sdk / "sdk" / ".clientgen" / "manifest").read_text())
    tools = _toolchain()
    assert manifest["toolchain"] == tools
    shown = run_clientgen("--version")
    assert shown.returncode == 0
    assert shown.stdout.strip() == f"clientgen {tools['clientgen']} (black {tools['black']}, Jinja2 {tools['jinja2']})"


def test_check_says_when_another_formatter_wrote_the_folder(sdk: Path) -> None:
    """A teammate's older black laid a file out differently: --check names the version, not a hand edit."""
    manifest_path = sdk / "sdk" / ".clientgen" / "manifest"
    model = sdk / "sdk" / "pets" / "models" / "pet.py"
    older_layout = model.read_text().replace("\n\n\nclass ", "\n\n\n\nclass ", 1)  # what another layout might write
    assert older_layout != model.read_text()
    model.write_text(older_layout)
    manifest = json.loads(manifest_path.read_text())
    manifest["files"]["pets/models/pet.py"] = hashlib.sha256(older_layout.encode()).hexdigest()
    manifest["toolchain"]["black"] = "25.1.0"
    manifest_path.write_text(json.dumps(manifest))
    result = clientgen("generate", "--check", at=sdk)
    assert result.code == 1
    lines = result.out.splitlines()
    assert "  changed  pets/models/pet.py" in lines
    assert f"note: a different toolchain may be why: black 25.1.0 wrote it, this is black {_toolchain()['black']}" in lines


def test_check_adds_no_toolchain_note_when_the_toolchain_is_the_same(sdk: Path) -> None:
    readme = sdk / "sdk" / "README.md"
    readme.write_text(readme.read_text() + "\nlocal notes\n")
    result = clientgen("generate", "--check", at=sdk)
    assert result.code == 1
    assert not any(line.startswith("note:") for line in result.out.splitlines())
