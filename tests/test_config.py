"""Configuration: [tool.clientgen] in pyproject.toml or clientgen.yaml, targets, flag overrides, key errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from teamwork import PETS, README, clientgen, readme_blocks

from clientgen import config
from clientgen.errors import ConfigError


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()  # the search for a configuration stops at the repository root
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "pets.yaml").write_text(PETS)
    return tmp_path


def test_pyproject_single_target_runs_with_no_arguments(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "app"\n\n[tool.clientgen]\nspec = "specs/pets.yaml"\noutput = "sdk"\npackage-name = "pets"\nproject-version = "2.1.0"\n'
    )
    (project / "src").mkdir()
    result = clientgen("generate", at=project / "src")  # found by searching upwards; paths relative to pyproject.toml
    assert result.code == 0, result.err
    assert (project / "sdk" / "pets" / "models" / "pet.py").is_file()
    assert 'version = "2.1.0"' in (project / "sdk" / "pyproject.toml").read_text()
    assert "sdk: 1 operations, 1 models; " in result.out


def test_yaml_with_several_targets_runs_them_all_and_target_selects(project: Path) -> None:
    (project / "clientgen.yaml").write_text(
        "validation: none\n"  # a default for every target
        "targets:\n"
        "  - {name: one, spec: specs/pets.yaml, output: out/one, package-name: pets_one}\n"
        "  - {name: two, spec: specs/pets.yaml, output: out/two, package-name: pets_two, project-name: pets-two-sdk}\n"
    )
    result = clientgen("generate", at=project)
    assert result.code == 0, result.err
    assert (project / "out/one/pets_one/__init__.py").is_file()
    assert 'name = "pets-two-sdk"' in (project / "out/two/pyproject.toml").read_text()
    loaded = config.read(project / "clientgen.yaml")
    assert [t.validation for t in loaded.targets] == ["none", "none"]

    (project / "out/one/pets_one/__init__.py").unlink()
    (project / "out/two/README.md").unlink()
    assert clientgen("generate", "--target", "two", "--quiet", at=project).code == 0
    assert (project / "out/two/README.md").is_file() and not (project / "out/one/pets_one/__init__.py").exists()
    result = clientgen("generate", "--target", "three", at=project)
    assert result.code == 2 and "no target named 'three'" in result.err and "one, two" in result.err


def test_command_line_flags_override_the_configuration(project: Path) -> None:
    (project / "clientgen.yaml").write_text("spec: specs/pets.yaml\noutput: sdk\npackage-name: pets\nproject-version: '1.0'\n")
    result = clientgen("generate", "--package-name", "pets_override", "--project-version", "3.0", "--output", "other", at=project)
    assert result.code == 0, result.err
    assert (project / "other" / "pets_override" / "__init__.py").is_file()
    assert not (project / "sdk").exists()
    assert 'version = "3.0"' in (project / "other" / "pyproject.toml").read_text()


def test_a_spec_argument_without_output_picks_its_configured_target(project: Path) -> None:
    (project / "clientgen.yaml").write_text("targets:\n  - {spec: specs/pets.yaml, output: sdk, package-name: pets}\n")
    assert clientgen("generate", "specs/pets.yaml", "-q", at=project).code == 0
    assert (project / "sdk" / "pets").is_dir()
    (project / "specs" / "other.yaml").write_text(PETS)
    result = clientgen("generate", "specs/other.yaml", at=project)
    assert result.code == 2 and "no target generates from specs/other.yaml" in result.err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("spec: a.yaml\noutput: o\npackage_name: x\n", "unknown key 'package_name' (did you mean 'package-name'?); valid keys: allow-outside-refs, bump, hooks, name,"),
        ("targets:\n  - {spec: a.yaml, output: o, colour: red}\n", "targets[0]: unknown key 'colour'; valid keys: allow-outside-refs,"),
        ("spec: a.yaml\n", "missing required key 'output'"),
        ("spec: a.yaml\noutput: o\nvalidation: strict\n", "'validation' must be one of structural, full, none, not 'strict'"),
        ("spec: a.yaml\noutput: o\npackage-name: not-valid\n", "'package-name' 'not-valid' is not a valid Python identifier"),
        ("spec: a.yaml\noutput: o\nallow-outside-refs: yes please\n", "'allow-outside-refs' must be true or false"),
        ("targets: []\n", "'targets' must be a non-empty list"),
        ("targets:\n  - {name: a, spec: s, output: o}\n  - {name: a, spec: s, output: p}\n", "two targets are named 'a'"),
        ("- just\n- a list\n", "expected a table of settings"),
    ],
)
def test_bad_configuration_is_a_clear_error(project: Path, text: str, expected: str) -> None:
    (project / "clientgen.yaml").write_text(text)
    result = clientgen("generate", at=project)
    assert result.code == 2
    assert result.err.startswith(f"error: {project / 'clientgen.yaml'}"), result.err
    assert expected in result.err


def test_unknown_key_in_pyproject_names_the_table(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.clientgen]\nspec = "s.yaml"\noutput = "o"\ntemplate = "t"\n')
    result = clientgen("generate", at=project)
    assert result.code == 2
    assert "[tool.clientgen]: unknown key 'template' (did you mean 'templates'?)" in result.err


def test_no_configuration_and_no_spec_says_what_to_do(project: Path) -> None:
    result = clientgen("generate", at=project)
    assert result.code == 2
    assert "nothing to generate: give a spec and --output, or configure targets" in result.err


def test_two_configurations_in_one_folder_is_an_error(project: Path) -> None:
    (project / "clientgen.yaml").write_text("spec: specs/pets.yaml\noutput: sdk\n")
    (project / "pyproject.toml").write_text('[tool.clientgen]\nspec = "specs/pets.yaml"\noutput = "sdk"\n')
    with pytest.raises(ConfigError, match="configure clientgen; keep one"):
        config.find(project)


def test_single_target_flags_refuse_several_targets(project: Path) -> None:
    (project / "clientgen.yaml").write_text(
        "targets:\n  - {name: a, spec: specs/pets.yaml, output: a}\n  - {name: b, spec: specs/pets.yaml, output: b}\n"
    )
    result = clientgen("generate", "--output", "x", at=project)
    assert result.code == 2 and "--output applies to one target, but 2 are selected" in result.err


def test_explicit_config_file(project: Path) -> None:
    (project / "ci").mkdir()
    (project / "ci" / "gen.yaml").write_text("spec: ../specs/pets.yaml\noutput: ../sdk\npackage-name: pets\n")
    assert clientgen("generate", "--config", "ci/gen.yaml", "-q", at=project).code == 0
    assert (project / "sdk" / "pets").is_dir()


def test_readme_pyproject_example(project: Path) -> None:
    (toml,) = readme_blocks("Configuration", "toml")
    (project / "specs" / "petstore.yaml").write_text(PETS)
    (project / "pyproject.toml").write_text('[project]\nname = "app"\nversion = "0.1.0"\n\n' + toml)
    result = clientgen("generate", at=project)
    assert result.code == 0, result.err
    sdk = project / "sdk" / "petstore"
    assert (sdk / "petstore" / "models" / "pet.py").is_file()
    pyproject = (sdk / "pyproject.toml").read_text()
    assert 'name = "petstore-client"' in pyproject and 'version = "1.4.0"' in pyproject
    assert '__version__ = "1.4.0"' in (sdk / "petstore" / "_version.py").read_text()


def test_readme_yaml_example_and_its_commands(project: Path) -> None:
    (text,) = readme_blocks("Configuration", "yaml")
    for name in ("petstore", "billing"):
        (project / "specs" / f"{name}.yaml").write_text(PETS)
    (project / "clientgen-templates").mkdir()
    (project / "clientgen.yaml").write_text(text)
    assert [t.validation for t in config.read(project / "clientgen.yaml").targets] == ["full", "full"]
    result = clientgen("generate", at=project)
    assert result.code == 0, result.err
    assert (project / "sdk" / "petstore" / "petstore").is_dir() and (project / "sdk" / "billing" / "billing").is_dir()
    # the commands the section shows
    result = clientgen("generate", "--target", "billing", "--project-version", "2.0.0", at=project)
    assert result.code == 0, result.err
    assert 'version = "2.0.0"' in (project / "sdk" / "billing" / "pyproject.toml").read_text()
    assert 'version = "1.0.0"' in (project / "sdk" / "petstore" / "pyproject.toml").read_text()
    assert clientgen("generate", "specs/billing.yaml", "-q", at=project).code == 0
    assert 'version = "1.0.0"' in (project / "sdk" / "billing" / "pyproject.toml").read_text()


def test_readme_unknown_key_message(project: Path) -> None:
    (toml,) = readme_blocks("Configuration", "toml")
    (expected,) = readme_blocks("Configuration", "text")
    (project / "pyproject.toml").write_text(toml.replace("package-name", "package_name"))
    result = clientgen("generate", at=project)
    assert result.code == 2
    assert result.err == expected.replace("/home/me/app", str(project.resolve()))


def test_readme_key_table_lists_every_key() -> None:
    text = README.read_text()
    section = text[text.index("\n## Configuration\n") : text.index("\n## Regenerating safely\n")]
    keys = {line.split("`")[1] for line in section.splitlines() if line.startswith("| `")}
    assert keys == set(config.TARGET_KEYS)
