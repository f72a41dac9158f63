"""The pre-commit hook, driven by the real `pre-commit` in a throwaway git repository.

The hook repository is a snapshot of this working tree (what `pre-commit try-repo` does), so the
test exercises the `.pre-commit-hooks.yaml` and the generator as they are now, committed or not.
pre-commit installs it into its own virtualenv (`language: python`) with pip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from teamwork import PETS, PETS_V2, clientgen, readme_blocks

PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
HOOK_REPO_FILES = ["pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "generator", "templates"]
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.com",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def snapshot_hook_repo(dest: Path, env: dict[str, str]) -> str:
    """Copy the working tree's tracked and new files that `pip install .` needs into a fresh repo; return its commit."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "--", *HOOK_REPO_FILES],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    for rel in listed:
        source = ROOT / rel
        if source.is_file() and "__pycache__" not in source.parts:
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, dest / rel)
    assert (dest / ".pre-commit-hooks.yaml").is_file()
    for step in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "snapshot"]):
        assert git(*step, cwd=dest, env=env).returncode == 0
    return git("rev-parse", "HEAD", cwd=dest, env=env).stdout.strip()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    # the hook's own virtualenv takes the locked versions too, so a new release cannot turn this test red
    lock = str(ROOT / "requirements" / "lock.txt")
    return {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "PRE_COMMIT_COLOR": "never", "PIP_CONSTRAINT": lock}


def test_hook_definition() -> None:
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert hooks["clientgen"]["entry"] == "clientgen generate --fail-on-change"
    assert hooks["clientgen-check"]["entry"] == "clientgen generate --check"
    assert all(h["language"] == "python" and h["pass_filenames"] is False for h in hooks.values())


def test_a_commit_that_changes_the_spec_but_not_the_sdk_fails_then_passes(tmp_path: Path, env: dict[str, str]) -> None:
    assert PRE_COMMIT.exists(), "pre-commit is in the test extra: run `make test` (or pip install -e '.[test]')"
    hook_repo = tmp_path / "clientgen-hooks"
    hook_repo.mkdir()
    rev = snapshot_hook_repo(hook_repo, env)

    # a project set up as the README says: its config example, and its .pre-commit-config.yaml example
    project = tmp_path / "project"
    (project / "specs").mkdir(parents=True)
    (project / "specs" / "petstore.yaml").write_text(PETS)
    (project / "pyproject.toml").write_text(readme_blocks("Configuration", "toml")[0])
    (config,) = readme_blocks("pre-commit", "yaml")
    (message,) = readme_blocks("pre-commit", "text")
    hooks_config = yaml.safe_load(config)
    hooks_config["repos"][0].update(repo=str(hook_repo), rev=rev)
    assert hooks_config["repos"][0]["hooks"] == [{"id": "clientgen"}]
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump(hooks_config))
    assert git("init", "-q", "-b", "main", cwd=project, env=env).returncode == 0
    installed = subprocess.run([str(PRE_COMMIT), "install"], cwd=project, env=env, capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    # first commit: the SDK does not exist yet, so the hook generates it and stops the commit
    git("add", "-A", cwd=project, env=env)
    first = git("commit", "-m", "spec", cwd=project, env=env)
    assert first.returncode != 0, first.stdout + first.stderr
    assert (project / "sdk" / "petstore" / "petstore" / "models" / "pet.py").is_file(), first.stdout + first.stderr
    git("add", "-A", cwd=project, env=env)
    second = git("commit", "-m", "spec and sdk", cwd=project, env=env)
    assert second.returncode == 0, second.stdout + second.stderr

    # change the spec and commit it alone: the hook fails with a clear message and regenerates
    (project / "specs" / "petstore.yaml").write_text(PETS_V2)
    git("add", "specs/petstore.yaml", cwd=project, env=env)
    stale = git("commit", "-m", "add owners", cwd=project, env=env)
    assert stale.returncode == 1, stale.stdout + stale.stderr
    output = stale.stdout + stale.stderr
    assert "clientgen (regenerate the SDK from the OpenAPI spec)" in output and "Failed" in output
    assert message.strip() in output, output
    assert (project / "sdk" / "petstore" / "petstore" / "models" / "owner.py").is_file()
    assert git("log", "--oneline", cwd=project, env=env).stdout.count("\n") == 1, "the stale commit did not happen"

    # stage the regenerated SDK and commit again: the hook passes
    git("add", "sdk/petstore", cwd=project, env=env)
    fixed = git("commit", "-m", "add owners", cwd=project, env=env)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert "clientgen (regenerate the SDK from the OpenAPI spec)" in fixed.stdout + fixed.stderr
    assert "Passed" in fixed.stdout + fixed.stderr
    assert git("status", "--porcelain", cwd=project, env=env).stdout == ""
    assert git("log", "--oneline", cwd=project, env=env).stdout.count("\n") == 2

    # with --fail-on-breaking, a breaking spec change fails the commit even with the SDK staged
    # alongside, and names the change; the next commit passes (compared with the new snapshot)
    hooks_config["repos"][0]["hooks"] = [{"id": "clientgen", "args": ["--fail-on-breaking"]}]
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump(hooks_config))
    (project / "specs" / "petstore.yaml").write_text(PETS)  # listOwners is gone
    assert clientgen("generate", "--check", at=project).code == 1
    git("add", "-A", cwd=project, env=env)
    breaking = git("commit", "-m", "drop owners", cwd=project, env=env)
    output = breaking.stdout + breaking.stderr
    assert breaking.returncode == 1, output
    assert "clientgen: sdk/petstore: 2 breaking API change(s) (--fail-on-breaking)" in output
    assert "`owners.list_owners` was removed (GET /owners) (method-removed)" in output
    git("add", "-A", cwd=project, env=env)
    accepted = git("commit", "-m", "drop owners", cwd=project, env=env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "## 1.4.0\n\nAPI version 1.0.0: 2 breaking, 0 non-breaking, 0 patch." in (project / "sdk" / "petstore" / "CHANGELOG.md").read_text()
