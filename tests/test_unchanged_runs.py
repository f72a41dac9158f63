"""A run whose inputs are all as the last run recorded stops early (.clientgen/state).

Each test changes one input and checks that the next run notices it: a stale shortcut would
leave the output out of date, which is worse than being slow.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from teamwork import clientgen, snapshot

SPEC = """openapi: 3.0.3
info: {title: Pets, version: '1'}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: 'models.yaml#/Pet'}
"""
MODELS = "Pet:\n  type: object\n  properties:\n    name: {type: string}\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pets.yaml").write_text(SPEC)
    (tmp_path / "models.yaml").write_text(MODELS)
    (tmp_path / "clientgen.yaml").write_text("spec: pets.yaml\noutput: sdk\npackage-name: pets\n")
    first = clientgen("generate", at=tmp_path)
    assert first.code == 0, first.err
    return tmp_path


def state(project: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((project / "sdk" / ".clientgen" / "state").read_text())
    return data


def test_the_state_records_every_spec_file_and_stays_out_of_git(project: Path) -> None:
    files = state(project)["inputs"]["files"]  # type: ignore[index]
    assert sorted(Path(p).name for p in files) == ["models.yaml", "pets.yaml"]
    assert (project / "sdk" / ".clientgen" / ".gitignore").read_text() == "state\n"
    manifest = (project / "sdk" / ".clientgen" / "manifest").read_text()
    assert str(project) not in manifest  # the shared manifest names no machine's paths


def test_nothing_changed_reports_the_same_summary_and_writes_nothing(project: Path) -> None:
    before = snapshot(project)
    again = clientgen("generate", at=project)
    assert again.code == 0, again.err
    assert again.out.startswith("sdk: 1 operations, 1 models; 0 added, 0 changed, 0 removed, ")
    assert snapshot(project) == before


def test_nothing_changed_from_another_folder_either(project: Path) -> None:
    """Without a config file, paths are given on the command line and the current folder is irrelevant."""
    args = ("generate", str(project / "pets.yaml"), "-o", str(project / "cli-sdk"), "--package-name", "pets")
    assert clientgen(*args, at=project).code == 0
    (project / "elsewhere").mkdir()
    before = snapshot(project / "cli-sdk")
    again = clientgen(*args, "--verbose", at=project / "elsewhere")
    assert again.code == 0, again.err
    assert ": load " not in again.out and ": render " not in again.out, again.out  # it stopped before loading
    assert snapshot(project / "cli-sdk") == before


def test_a_spec_with_a_byte_order_mark_stops_early_too(project: Path) -> None:
    """The state records the digest of the bytes read, BOM included, so it matches the file."""
    (project / "pets.yaml").write_bytes(b"\xef\xbb\xbf" + SPEC.encode())
    assert clientgen("generate", at=project).code == 0
    again = clientgen("generate", "--verbose", at=project)
    assert again.code == 0, again.err
    assert ": load " not in again.out, again.out


def test_an_edit_in_a_referenced_file_is_seen(project: Path) -> None:
    (project / "models.yaml").write_text(MODELS + "    age: {type: integer}\n")
    result = clientgen("generate", at=project)
    assert result.code == 0, result.err
    assert "age: int | None = None" in (project / "sdk" / "pets" / "models" / "pet.py").read_text()


def test_an_edit_in_the_spec_is_seen(project: Path) -> None:
    (project / "pets.yaml").write_text(SPEC.replace("operationId: listPets", "operationId: listAllPets"))
    assert clientgen("generate", at=project).code == 0
    assert "def list_all_pets(" in (project / "sdk" / "pets" / "api" / "default.py").read_text()


def test_an_edit_that_keeps_every_size_and_second_is_seen(project: Path) -> None:
    """The sizes the state records only tell a file that changed; one of the same size, edited
    within the same second as the last run, is read and its digest compared."""
    spec, models = project / "pets.yaml", project / "models.yaml"
    sizes = {path.stat().st_size for path in (spec, models)}
    spec.write_text(SPEC.replace("operationId: listPets", "operationId: listCats"))
    models.write_text(MODELS.replace("name:", "nick:"))
    assert {path.stat().st_size for path in (spec, models)} == sizes
    assert clientgen("generate", at=project).code == 0
    assert "def list_cats(" in (project / "sdk" / "pets" / "api" / "default.py").read_text()
    assert "nick: str | None = None" in (project / "sdk" / "pets" / "models" / "pet.py").read_text()


def test_a_spec_of_another_size_is_seen_before_it_is_hashed(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from clientgen import fingerprint

    recorded = state(project)["inputs"]["sizes"]  # type: ignore[index]
    assert recorded == {path: Path(path).stat().st_size for path in state(project)["inputs"]["files"]}  # type: ignore[index]
    hashed: list[Path] = []
    digest = fingerprint.file_digest
    monkeypatch.setattr(fingerprint, "file_digest", lambda path: hashed.append(path) or digest(path))
    (project / "pets.yaml").write_text(SPEC.replace("operationId: listPets", "operationId: listAllPets"))
    assert clientgen("generate", at=project).code == 0
    assert "def list_all_pets(" in (project / "sdk" / "pets" / "api" / "default.py").read_text()
    assert hashed == []  # its size told: nothing was hashed to see that it changed
    hashed.clear()
    assert clientgen("generate", at=project).out.startswith("sdk: 1 operations, 1 models; 0 added, 0 changed, 0 removed, ")
    assert len(hashed) == 2  # the same sizes again: both files hashed, then the early stop


def test_another_spec_file_is_seen(project: Path) -> None:
    (project / "other.yaml").write_text(SPEC.replace("operationId: listPets", "operationId: listOtherPets"))
    (project / "clientgen.yaml").write_text("spec: other.yaml\noutput: sdk\npackage-name: pets\n")
    assert clientgen("generate", at=project).code == 0
    assert "def list_other_pets(" in (project / "sdk" / "pets" / "api" / "default.py").read_text()


def test_other_options_are_seen(project: Path) -> None:
    assert clientgen("generate", "--package-name", "animals", at=project).code == 0
    assert (project / "sdk" / "animals" / "api" / "default.py").is_file()


def test_a_template_overlay_is_seen(project: Path) -> None:
    (project / "tpl" / "docs").mkdir(parents=True)
    (project / "tpl" / "docs" / "model.md.j2").write_text("# {{ model.name }} (ours)\n")
    assert clientgen("generate", "--templates", "tpl", at=project).code == 0
    assert (project / "sdk" / "docs" / "Pet.md").read_text() == "# Pet (ours)\n"
    (project / "tpl" / "docs" / "model.md.j2").write_text("# {{ model.name }} (ours, v2)\n")
    assert clientgen("generate", "--templates", "tpl", at=project).code == 0
    assert (project / "sdk" / "docs" / "Pet.md").read_text() == "# Pet (ours, v2)\n"


def test_a_generated_file_edited_by_hand_is_still_refused(project: Path) -> None:
    model = project / "sdk" / "pets" / "models" / "pet.py"
    model.write_text(model.read_text() + "# mine\n")
    result = clientgen("generate", at=project)
    assert result.code == 2 and "edited by hand" in result.err
    assert model.read_text().endswith("# mine\n")


def test_a_deleted_generated_file_is_written_again(project: Path) -> None:
    model = project / "sdk" / "pets" / "models" / "pet.py"
    text = model.read_text()
    model.unlink()
    assert clientgen("generate", at=project).code == 0
    assert model.read_text() == text
