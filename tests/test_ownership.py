"""Nothing is lost: user files survive, hand edits are refused, stale files go, writes are atomic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from teamwork import PETS, PETS_V2, clientgen, readme_blocks, snapshot

from clientgen import state
from clientgen.ir.component_cache import FILE as COMPONENTS
from clientgen.ir.operation_cache import FILE as OPERATIONS
from clientgen.state import MANIFEST, STATE, TMP_SUFFIX


@pytest.fixture
def sdk(tmp_path: Path) -> Path:
    (tmp_path / "pets.yaml").write_text(PETS)
    (tmp_path / "clientgen.yaml").write_text("spec: pets.yaml\noutput: sdk\npackage-name: pets\n")
    assert clientgen("generate", "-q", at=tmp_path).code == 0
    return tmp_path


def generated(project: Path) -> dict[str, bytes]:
    """Every file of the output folder but `.clientgen/state` (this machine's cache, naming absolute
    paths) and CHANGELOG.md (the API's history: a fresh run has none)."""
    out = project / "sdk"
    skip = ("state", "CHANGELOG.md")
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name not in skip}


def fresh(project: Path, spec: str, tmp: Path) -> dict[str, bytes]:
    """What a clean run with this spec writes (to compare a recovered folder against)."""
    tmp.mkdir()
    (tmp / "pets.yaml").write_text(spec)
    (tmp / "clientgen.yaml").write_text("spec: pets.yaml\noutput: sdk\npackage-name: pets\n")
    assert clientgen("generate", "-q", at=tmp).code == 0
    return generated(tmp)


def test_user_files_in_the_output_folder_survive_regeneration(sdk: Path) -> None:
    out = sdk / "sdk"
    user_files = {
        "NOTES.md": b"my notes\n",
        "pets/helpers.py": b"def helper() -> int:\n    return 1\n",
        "pets/models/extra.py": b"# mine\n",
        "tests/test_smoke.py": b"def test() -> None: ...\n",
    }
    for rel, data in user_files.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    before = {rel: (out / rel).stat().st_mtime_ns for rel in user_files}
    (sdk / "pets.yaml").write_text(PETS_V2.replace("    Pet:\n", "    Animal:\n").replace("schemas/Pet", "schemas/Animal"))
    result = clientgen("generate", at=sdk)  # adds, changes and removes generated files
    assert result.code == 0, result.err
    assert "removed" in result.out and not (out / "pets/models/pet.py").exists()
    for rel, data in user_files.items():
        assert (out / rel).read_bytes() == data
        assert (out / rel).stat().st_mtime_ns == before[rel]


def test_a_hand_edited_generated_file_is_refused_without_force(sdk: Path) -> None:
    model = sdk / "sdk" / "pets" / "models" / "pet.py"
    model.write_text(model.read_text() + "\n# my change\n")
    (sdk / "pets.yaml").write_text(PETS_V2)
    before = snapshot(sdk / "sdk")
    result = clientgen("generate", at=sdk)
    assert result.code == 2
    assert "edited by hand: pets/models/pet.py" in result.err and "--force" in result.err
    assert snapshot(sdk / "sdk") == before, "a refused run writes nothing at all"

    forced = clientgen("generate", "--force", at=sdk)
    assert forced.code == 0, forced.err
    assert "# my change" not in model.read_text()
    assert clientgen("generate", "--check", at=sdk).code == 0


def test_a_hand_edited_stale_file_is_not_removed_without_force(sdk: Path) -> None:
    doc = sdk / "sdk" / "docs" / "Pet.md"
    doc.write_text("edited\n")
    (sdk / "pets.yaml").write_text(PETS.replace("    Pet:\n", "    Animal:\n").replace("schemas/Pet", "schemas/Animal"))
    result = clientgen("generate", at=sdk)
    assert result.code == 2 and "docs/Pet.md" in result.err
    assert doc.read_text() == "edited\n"


def test_a_user_file_where_a_new_generated_file_goes_is_refused(sdk: Path) -> None:
    mine = sdk / "sdk" / "pets" / "models" / "owner.py"
    mine.write_text("# my own Owner\n")
    (sdk / "pets.yaml").write_text(PETS_V2)
    result = clientgen("generate", at=sdk)
    assert result.code == 2 and "pets/models/owner.py" in result.err
    assert mine.read_text() == "# my own Owner\n"


def test_clientgenignore_keeps_the_users_version(sdk: Path) -> None:
    out = sdk / "sdk"
    (out / "README.md").write_text("# Our own README\n")
    (out / "docs" / "Pet.md").write_text("hand-written\n")
    (out / ".clientgenignore").write_text("# files we own\nREADME.md\ndocs/\n")
    (sdk / "pets.yaml").write_text(PETS_V2)
    result = clientgen("generate", at=sdk)
    assert result.code == 0, result.err
    assert (out / "README.md").read_text() == "# Our own README\n"
    assert (out / "docs" / "Pet.md").read_text() == "hand-written\n"
    assert not (out / "docs" / "Owner.md").exists(), "ignored paths are not written at all"
    assert (out / "pets" / "models" / "owner.py").is_file()
    ignored = [line.split()[1] for line in clientgen("generate", "--verbose", at=sdk).out.splitlines() if line.startswith("  ignored ")]
    assert "README.md" in ignored and "docs/Owner.md" in ignored and f", {len(ignored)} ignored" in result.out
    check = clientgen("generate", "--check", at=sdk)
    assert check.code == 0, check.out
    assert (out / ".clientgenignore").read_text().startswith("# files we own")


def test_an_edited_generated_test_listed_in_clientgenignore_is_kept(sdk: Path) -> None:
    out = sdk / "sdk"
    assert "tests/test_pets.py" in (out / MANIFEST).read_text(), "the generated tests are in the manifest"
    mine = "def test_list_pets() -> None:\n    assert True  # our own version\n"
    (out / "tests" / "test_pets.py").write_text(mine)
    (out / ".clientgenignore").write_text("tests/test_pets.py\n")
    (sdk / "pets.yaml").write_text(PETS_V2)  # changes the pets operations' tests too
    result = clientgen("generate", at=sdk)
    assert result.code == 0, result.err
    assert (out / "tests" / "test_pets.py").read_text() == mine
    assert (out / "tests" / "test_owners.py").is_file() and (out / "tests" / "conftest.py").is_file()
    assert clientgen("generate", "--check", at=sdk).code == 0


def test_a_hand_edited_generated_test_is_refused_without_force(sdk: Path) -> None:
    test = sdk / "sdk" / "tests" / "conftest.py"
    test.write_text(test.read_text() + "\n# my change\n")
    (sdk / "pets.yaml").write_text(PETS_V2)
    result = clientgen("generate", at=sdk)
    assert result.code == 2
    assert "edited by hand: tests/conftest.py" in result.err


def test_stale_generated_files_are_removed(sdk: Path) -> None:
    (sdk / "pets.yaml").write_text(PETS_V2)
    assert clientgen("generate", "-q", at=sdk).code == 0
    owner = sdk / "sdk" / "pets" / "models" / "owner.py"
    assert owner.is_file()
    (sdk / "pets.yaml").write_text(PETS)
    result = clientgen("generate", at=sdk)
    assert result.code == 0
    assert not owner.exists()
    assert not (sdk / "sdk" / "pets" / "api" / "owners.py").exists()
    assert not (sdk / "sdk" / "docs" / "Owner.md").exists()
    assert not (sdk / "sdk" / "tests" / "test_owners.py").exists(), "a group's generated tests go with it"
    assert " 0 added, " in result.out and " 0 removed" not in result.out
    assert "pets/models/owner.py" not in (sdk / "sdk" / MANIFEST).read_text()


def test_unchanged_files_keep_their_mtime(sdk: Path) -> None:
    out = sdk / "sdk"
    old = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    for p in old:  # make any rewrite visible even on a coarse clock
        os.utime(p, ns=(1_000_000_000, 1_000_000_000))
    (sdk / "pets.yaml").write_text(PETS.replace("The pet's name.", "The name."))
    result = clientgen("generate", "--verbose", at=sdk)
    assert result.code == 0
    changed = {line.split()[1] for line in result.out.splitlines() if line.startswith("  changed ")}
    assert {"pets/models/pet.py", "docs/Pet.md"} <= changed
    for p in old:
        rel = p.relative_to(out).as_posix()
        touched = p.stat().st_mtime_ns != 1_000_000_000
        # the state records the new spec; the edit is in a component schema, so the components' typing is kept anew
        assert touched == (rel in changed or rel in (MANIFEST, STATE, COMPONENTS)), rel


def test_a_failure_mid_write_leaves_old_or_new_files_and_the_next_run_recovers(sdk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = generated(sdk)
    spec = PETS_V2.replace("The pet's name.", "The name.")
    new = fresh(sdk, spec, sdk / "reference")
    (sdk / "pets.yaml").write_text(spec)
    real_replace = os.replace
    calls = []

    def flaky_replace(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) == 4:  # the interim manifest, then two files, then fail
            raise OSError("disk full")
        real_replace(src, dst)

    monkeypatch.setattr(state.os, "replace", flaky_replace)
    result = clientgen("generate", at=sdk)
    monkeypatch.undo()
    assert result.code == 1 and "OSError: disk full" in result.err
    now = generated(sdk)
    assert not [rel for rel in now if rel.endswith(TMP_SUFFIX)], "the failed temporary file was cleaned up"
    for rel, data in now.items():
        if rel != MANIFEST:
            assert data in (old.get(rel), new.get(rel)), f"{rel} is neither the old nor the new version"
    assert sum(now.get(rel) == new[rel] != old.get(rel) for rel in new if rel != MANIFEST) == 2

    again = clientgen("generate", at=sdk)  # no --force needed: the files written were recorded as pending
    assert again.code == 0, again.err
    assert generated(sdk) == new


KILLER = """
import os, signal, sys
from clientgen import state
from clientgen.cli import main

real_fdopen, count = os.fdopen, [0]

class HalfWriter:
    def __init__(self, fh):
        self.fh = fh
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.fh.close()
    def write(self, data):
        count[0] += 1
        if count[0] == int(sys.argv[1]):  # this file: write half of it, then die without cleanup
            self.fh.write(data[: len(data) // 2])
            self.fh.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        return self.fh.write(data)

state.os.fdopen = lambda fd, mode: HalfWriter(real_fdopen(fd, mode))
sys.exit(main(["generate"]))
"""


@pytest.mark.parametrize("kill_at", [1, 3, 8])
def test_a_killed_run_leaves_no_partial_file(sdk: Path, kill_at: int) -> None:
    old = generated(sdk)
    spec = PETS_V2.replace("The pet's name.", "The name.")
    new = fresh(sdk, spec, sdk / "reference")
    (sdk / "pets.yaml").write_text(spec)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", KILLER, str(kill_at)], cwd=sdk, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == -9, proc.stderr
    now = generated(sdk)
    leftovers = [rel for rel in now if rel.endswith(TMP_SUFFIX)]
    assert leftovers, "the kill happened while a temporary file was half written"
    for rel, data in now.items():
        if rel not in leftovers and rel != MANIFEST:
            assert data in (old.get(rel), new.get(rel)), f"{rel} is neither the old nor the new version"

    again = clientgen("generate", at=sdk)
    assert again.code == 0, again.err
    assert generated(sdk) == new, "the next run finishes the job and removes the leftovers"


def test_readme_refusal_message_and_clientgenignore_example(tmp_path: Path) -> None:
    (toml,) = readme_blocks("Configuration", "toml")
    refusal, ignore = readme_blocks("Regenerating safely", "text")
    (tmp_path / ".git").mkdir()
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "petstore.yaml").write_text(PETS)
    (tmp_path / "pyproject.toml").write_text(toml)
    assert clientgen("generate", "-q", at=tmp_path).code == 0
    out = tmp_path / "sdk" / "petstore"
    (out / "README.md").write_text("# Our README\n")
    (out / "docs" / "Pet.md").write_text("# Pet, by hand\n")
    (tmp_path / "specs" / "petstore.yaml").write_text(PETS_V2)
    result = clientgen("generate", at=tmp_path)
    assert result.code == 2
    assert result.err == refusal.replace("README.md.", "README.md, docs/Pet.md.")
    (out / ".clientgenignore").write_text(ignore)
    assert clientgen("generate", "-q", at=tmp_path).code == 0
    assert (out / "README.md").read_text() == "# Our README\n"
    assert (out / "docs" / "Pet.md").read_text() == "# Pet, by hand\n"
    assert (out / "petstore" / "models" / "owner.py").is_file()


def test_two_interrupted_runs_in_a_row_still_recover_without_force(sdk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace

    def fail_after(n: int) -> None:
        calls: list[str] = []

        def flaky(src: str, dst: str) -> None:
            calls.append(dst)
            if len(calls) > n:
                raise OSError("disk full")
            real_replace(src, dst)

        monkeypatch.setattr(state.os, "replace", flaky)

    (sdk / "pets.yaml").write_text(PETS_V2)
    fail_after(3)  # the interim manifest and two files
    assert clientgen("generate", at=sdk).code == 1
    fail_after(1)  # this time only the interim manifest: the two files written before now count as unchanged
    assert clientgen("generate", at=sdk).code == 1
    monkeypatch.undo()
    (sdk / "pets.yaml").write_text(PETS_V2.replace("title: Pets", "title: Pet shop"))  # README.md changes again
    result = clientgen("generate", at=sdk)
    assert result.code == 0, result.err
    assert "Pet shop" in (sdk / "sdk" / "README.md").read_text()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_written_files_get_a_new_files_mode_and_a_replaced_file_keeps_its_own(sdk: Path) -> None:
    out = sdk / "sdk"
    umask = os.umask(0o022)
    os.umask(umask)
    private = {STATE, COMPONENTS, OPERATIONS}
    modes = {p.relative_to(out).as_posix(): p.stat().st_mode & 0o777 for p in out.rglob("*") if p.is_file()}
    shared = {rel: mode for rel, mode in modes.items() if rel not in private}
    assert shared and set(shared.values()) == {0o666 & ~umask}, "not the temporary file's 0600"
    assert {modes[rel] for rel in private if rel in modes} == {0o600}, "this machine's state stays its owner's"
    before = generated(sdk)
    (out / "README.md").chmod(0o640)
    (sdk / "pets.yaml").write_text(PETS_V2)
    assert clientgen("generate", "-q", at=sdk).code == 0
    assert generated(sdk)["README.md"] != before["README.md"], "the file was replaced"
    assert (out / "README.md").stat().st_mode & 0o777 == 0o640


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
@pytest.mark.parametrize("link", ["docs", "README.md"])
def test_a_symlink_in_the_output_folder_never_leads_a_write_outside(sdk: Path, tmp_path: Path, link: str) -> None:
    out, outside = sdk / "sdk", tmp_path / "elsewhere"
    (out / link).rename(outside)  # a folder of generated files, or one file, now lives elsewhere
    (out / link).symlink_to(outside)
    before = {p: p.read_bytes() for p in [outside, *outside.rglob("*")] if p.is_file()}
    (sdk / "pets.yaml").write_text(PETS_V2)  # every doc page and the README change
    result = clientgen("generate", at=sdk)
    assert result.code != 0
    assert "refusing to write outside the output folder" in result.err and link in result.err
    assert {p: p.read_bytes() for p in [outside, *outside.rglob("*")] if p.is_file()} == before
