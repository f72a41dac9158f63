"""What a run says about the API's changes: the summary line, --fail-on-breaking, --bump, the
CHANGELOG, the snapshot's determinism, and `clientgen diff`."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from teamwork import PETS, PETS_V2, clientgen

from clientgen.settings import Settings
from clientgen.surface import changelog, report
from clientgen.surface.snapshot import PATH, Snapshot
from clientgen.surface.version import bump

# a patch change: only a description differs
DESCRIBED = PETS.replace("The pet's name.", "The name of the pet.")
# listPets gains a required query parameter: code calling `list_pets()` breaks
BREAKING = PETS.replace(
    "      summary: List all pets.\n",
    "      summary: List all pets.\n      parameters:\n        - {name: limit, in: query, required: true, schema: {type: integer}}\n",
)


@pytest.fixture
def sdk(tmp_path: Path) -> Path:
    """A project whose SDK was generated once (version 1.0.0, from the API's)."""
    (tmp_path / "pets.yaml").write_text(PETS)
    (tmp_path / "clientgen.yaml").write_text("spec: pets.yaml\noutput: sdk\npackage-name: pets\n")
    result = clientgen("generate", at=tmp_path)
    assert result.code == 0, result.err
    assert "API: first snapshot, nothing to compare with" in result.out.splitlines()
    return tmp_path


def _edit(project: Path, spec: str) -> None:
    (project / "pets.yaml").write_text(spec)


def _version(project: Path) -> str:
    found = re.search(r'^version = "(.*)"$', (project / "sdk" / "pyproject.toml").read_text(), re.M)
    assert found is not None
    return found.group(1)


def test_first_run_writes_a_snapshot_in_the_manifest_and_no_changelog(sdk: Path) -> None:
    manifest = json.loads((sdk / "sdk" / ".clientgen" / "manifest").read_text())
    assert PATH in manifest["files"]
    assert not (sdk / "sdk" / changelog.FILE).exists()


def test_summary_line_after_the_file_summary(sdk: Path) -> None:
    _edit(sdk, BREAKING)
    result = clientgen("generate", at=sdk)
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].startswith("sdk: 1 operations, 1 models; ")
    assert lines[1] == "API: 1 breaking, 0 non-breaking, 0 patch; next version 2.0.0 (now 1.0.0) (see CHANGELOG.md)"
    assert lines[2] == "  breaking     `pets.list_pets`: new required parameter `limit` (param-added-required)"
    assert clientgen("generate", "-q", at=sdk).out == ""


def test_fail_on_breaking_exit_codes(sdk: Path) -> None:
    _edit(sdk, DESCRIBED)
    assert clientgen("generate", "--fail-on-breaking", at=sdk).code == 0  # a patch change
    _edit(sdk, BREAKING)
    result = clientgen("generate", "--fail-on-breaking", at=sdk)
    assert result.code == 1
    assert "sdk: 1 breaking API change(s) (--fail-on-breaking)" in result.err
    assert (sdk / "sdk" / ".clientgen" / "api.json").read_text().count('"limit"') == 1  # written all the same
    assert clientgen("generate", "--fail-on-breaking", "--force", at=sdk).code == 0  # compared with the new snapshot


def test_fail_on_breaking_with_check_compares_with_the_committed_snapshot(sdk: Path) -> None:
    _edit(sdk, BREAKING)
    result = clientgen("generate", "--check", "--fail-on-breaking", at=sdk)
    assert result.code == 1
    assert "API: 1 breaking, 0 non-breaking, 0 patch; next version 2.0.0 (now 1.0.0)" in result.out.splitlines()
    assert "param-added-required" not in (sdk / "sdk" / PATH).read_text()  # --check writes nothing
    assert not (sdk / "sdk" / changelog.FILE).exists()


def test_check_sees_a_stale_snapshot(sdk: Path) -> None:
    assert clientgen("generate", "--check", at=sdk).code == 0
    snap = sdk / "sdk" / PATH
    snap.write_text(snap.read_text().replace('"returns": "list[Pet]"', '"returns": "Pet"'))
    result = clientgen("generate", "--check", at=sdk)
    assert result.code == 1
    assert "  changed  .clientgen/api.json (edited by hand)" in result.out.splitlines()


def test_snapshot_is_deterministic(tmp_path: Path) -> None:
    (tmp_path / "pets.yaml").write_text(PETS_V2)
    for out in ("a", "b"):
        assert clientgen("generate", "pets.yaml", "-o", out, "--package-name", "pets", "-q", at=tmp_path).code == 0
    first = (tmp_path / "a" / PATH).read_bytes()
    assert first == (tmp_path / "b" / PATH).read_bytes()
    assert clientgen("generate", "pets.yaml", "-o", "a", "--package-name", "pets", "-q", "--force", at=tmp_path).code == 0
    assert (tmp_path / "a" / PATH).read_bytes() == first
    assert json.loads(first)["methods"]["owners.list_owners"]["endpoint"] == "GET /owners"


def test_changelog_gets_a_section_per_change_newest_first_and_keeps_hand_edits(sdk: Path) -> None:
    _edit(sdk, PETS_V2)
    assert clientgen("generate", "-q", at=sdk).code == 0
    log = sdk / "sdk" / changelog.FILE
    text = log.read_text()
    assert text.startswith(changelog.HEADER)
    assert "## 1.0.0\n\nAPI version 1.0.0: 0 breaking, 2 non-breaking, 0 patch.\n" in text
    assert "- new method `owners.list_owners` (GET /owners) (method-added)\n" in text
    hand = text.replace("### Non-breaking\n", "Upgrade notes written by a person.\n\n### Non-breaking\n") + "\n## 0.9.0\n\nOlder history, by hand.\n"
    log.write_text(hand)
    _edit(sdk, PETS_V2.replace("The pet's name.", "The name of the pet."))
    result = clientgen("generate", at=sdk)
    assert "(see CHANGELOG.md)" in result.out
    after = log.read_text()
    new_section = after[len(changelog.HEADER) : after.index("## 1.0.0\n\nAPI version 1.0.0: 0 breaking, 2")]
    assert after.startswith(changelog.HEADER) and after.endswith(hand[len(changelog.HEADER) :])  # every hand-written byte kept
    assert "### Patch\n\n- the description of `Pet.name` changed (description-changed)\n" in new_section


def test_a_changelog_clientgen_did_not_start_is_left_alone(sdk: Path) -> None:
    log = sdk / "sdk" / changelog.FILE
    log.write_text("# Our changelog\n")
    _edit(sdk, PETS_V2)
    result = clientgen("generate", at=sdk)
    assert result.code == 0
    assert "(CHANGELOG.md not updated: it has no clientgen marker)" in result.out
    assert log.read_text() == "# Our changelog\n"


def test_a_changelog_in_clientgenignore_is_left_alone(sdk: Path) -> None:
    (sdk / "sdk" / ".clientgenignore").write_text("CHANGELOG.md\n")
    _edit(sdk, PETS_V2)
    result = clientgen("generate", at=sdk)
    assert result.code == 0
    assert not (sdk / "sdk" / changelog.FILE).exists()
    assert "CHANGELOG" not in result.out


def test_bump_after_a_description_edit_is_a_patch_release(sdk: Path) -> None:
    _edit(sdk, DESCRIBED)
    result = clientgen("generate", "--bump", at=sdk)
    assert result.code == 0
    assert "API: 0 breaking, 0 non-breaking, 1 patch" in result.out
    assert _version(sdk) == "1.0.1"
    assert "## 1.0.1\n" in (sdk / "sdk" / changelog.FILE).read_text()
    assert json.loads((sdk / "sdk" / PATH).read_text())["sdk_version"] == "1.0.1"
    assert clientgen("generate", "--bump", "--force", at=sdk).code == 0  # nothing changed since: it stays
    assert _version(sdk) == "1.0.1"


def test_bump_from_the_configuration_after_a_breaking_change(sdk: Path) -> None:
    (sdk / "clientgen.yaml").write_text("spec: pets.yaml\noutput: sdk\npackage-name: pets\nbump: true\n")
    _edit(sdk, BREAKING)
    assert clientgen("generate", "-q", at=sdk).code == 0
    assert _version(sdk) == "2.0.0"


def test_bump_keeps_a_configured_version_that_is_newer(sdk: Path) -> None:
    _edit(sdk, PETS_V2)
    assert clientgen("generate", "-q", "--bump", "--project-version", "3.0.0", at=sdk).code == 0
    assert _version(sdk) == "3.0.0"


@pytest.mark.parametrize(
    ("version", "level", "expected"),
    [
        ("1.2.3", "breaking", "2.0.0"),
        ("1.2.3", "non-breaking", "1.3.0"),
        ("1.2.3", "patch", "1.2.4"),
        ("1.2.3", None, "1.2.3"),
        ("0.4.1", "breaking", "0.5.0"),
        ("0.4.1", "non-breaking", "0.5.0"),
        ("v2", "patch", "2.0.1"),
        ("1.2.0rc1", "patch", "1.2.1"),
        ("1.0.0-beta.2", "non-breaking", "1.1.0"),
        ("2024-01-05", "breaking", None),
        ("latest", "patch", None),
    ],
)
def test_bump_rule(version: str, level: str | None, expected: str | None) -> None:
    assert bump(version, level) == expected  # type: ignore[arg-type]


def test_diff_command_markdown_json_and_exit_codes(tmp_path: Path) -> None:
    (tmp_path / "old.yaml").write_text(PETS)
    (tmp_path / "new.yaml").write_text(BREAKING)
    md = clientgen("diff", "old.yaml", "new.yaml", at=tmp_path)
    assert md.code == 0
    assert md.out.startswith("## 1.0.0\n\nAPI version 1.0.0: 1 breaking, 0 non-breaking, 0 patch.\n\n### Breaking\n")
    js = clientgen("diff", "old.yaml", "new.yaml", "--format", "json", at=tmp_path)
    data = json.loads(js.out)
    assert data["counts"] == {"breaking": 1, "non-breaking": 0, "patch": 0}
    assert data["next_version"] == "2.0.0"
    assert [c["rule"] for c in data["changes"]] == ["param-added-required"]
    assert clientgen("diff", "old.yaml", "new.yaml", "--fail-on-breaking", at=tmp_path).code == 1
    (tmp_path / "described.yaml").write_text(DESCRIBED)
    assert clientgen("diff", "old.yaml", "described.yaml", "--fail-on-breaking", at=tmp_path).code == 0


def test_diff_against_a_committed_snapshot(sdk: Path) -> None:
    _edit(sdk, BREAKING)
    result = clientgen("diff", f"sdk/{PATH}", "pets.yaml", "--format", "json", at=sdk)
    assert result.code == 0, result.err
    assert [c["rule"] for c in json.loads(result.out)["changes"]] == ["param-added-required"]


def test_a_damaged_snapshot_is_a_clear_error(sdk: Path) -> None:
    (sdk / "sdk" / PATH).write_text("{not json")
    _edit(sdk, PETS_V2)
    result = clientgen("generate", at=sdk)
    assert result.code != 0
    assert "api.json is damaged" in result.err
    assert "Traceback" not in result.err


def test_diff_refuses_what_is_not_a_spec_and_explains_a_spec_it_cannot_read(tmp_path: Path) -> None:
    """`diff` builds without validating first (GitHub's spec is compared in about two seconds):
    a file that is no OpenAPI document is still refused, and one the builder cannot read is
    explained by the validator, naming the file."""
    (tmp_path / "old.yaml").write_text(PETS)
    (tmp_path / "data.json").write_text('{"pets": []}')
    (tmp_path / "broken.yaml").write_text(PETS.replace("paths:\n", "paths: 5\nx-old-paths:\n", 1))
    for new, message in (("data.json", "data.json:1 at /: not an OpenAPI document"), ("broken.yaml", "broken.yaml")):
        for pair in (("old.yaml", new), (new, "old.yaml")):  # the old side is read in another process
            result = clientgen("diff", *pair, at=tmp_path)
            assert result.code == 2, result.err
            assert result.err.startswith("error: ") and message in result.err, result.err
            assert "Traceback" not in result.err
    assert "invalid OpenAPI document" in clientgen("diff", "old.yaml", "broken.yaml", at=tmp_path).err


_PARENT, _LOAD = os.getpid(), report.load


def _dies_in_a_child(path: Path, settings: Settings) -> Snapshot:
    """`report.load`, in a process that dies (as if killed) when it is not this one."""
    if os.getpid() != _PARENT:
        os._exit(9)
    return _LOAD(path, settings)


def test_diff_reads_the_old_spec_here_when_its_process_dies_or_fork_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "old.yaml").write_text(PETS)
    (tmp_path / "new.yaml").write_text(BREAKING)
    expected = clientgen("diff", "old.yaml", "new.yaml", "--format", "json", at=tmp_path)
    assert expected.code == 0 and json.loads(expected.out)["counts"]["breaking"] == 1
    monkeypatch.setattr(report, "load", _dies_in_a_child)
    assert clientgen("diff", "old.yaml", "new.yaml", "--format", "json", at=tmp_path) == expected
    monkeypatch.setattr(report, "can_fork", lambda: False)
    assert clientgen("diff", "old.yaml", "new.yaml", "--format", "json", at=tmp_path) == expected
