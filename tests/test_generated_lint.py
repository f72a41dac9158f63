"""Generated SDKs are clean under a team's linters: ruff (pyflakes, pycodestyle, isort,
pyupgrade, bugbear; line length left to black) and `black --check`, both with no configuration,
run from the SDK's root folder (where ruff sees the package as first party).

The committed examples are checked, and a seeded sample of the real specs in
../shared/realworld (the full run over all 200 is described in the README).
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import OUTPUT, ROOT

RUFF = ["--isolated", "--select", "E,F,W,I,UP,B", "--ignore", "E501", "--target-version", "py310"]
REALWORLD = ROOT.parent / "shared" / "realworld"
SAMPLE_SEED = 13
SAMPLE_SIZE = 8
SAMPLE_MAX_BYTES = 400_000  # keeps the sample to a few seconds of generation each


def lint_findings(sdk: Path) -> str:
    """ruff's and black's complaints about the SDK in `sdk`, or "" when both pass."""
    ruff = subprocess.run([sys.executable, "-m", "ruff", "check", *RUFF, "--output-format", "concise", "."], cwd=sdk, capture_output=True, text=True)
    black = subprocess.run([sys.executable, "-m", "black", "--check", "."], cwd=sdk, capture_output=True, text=True)
    found = ""
    if ruff.returncode != 0:
        found += f"ruff check {' '.join(RUFF)} (exit {ruff.returncode}):\n{ruff.stdout[-6000:]}{ruff.stderr[-2000:]}\n"
    if black.returncode != 0:
        diff = subprocess.run([sys.executable, "-m", "black", "--diff", "-q", "."], cwd=sdk, capture_output=True, text=True)
        found += f"black --check (exit {black.returncode}):\n{black.stderr[-3000:]}\n{diff.stdout[:6000]}\n"
    return found


def realworld_sample() -> list[Path]:
    specs = sorted(
        p for p in REALWORLD.rglob("*") if p.suffix in (".json", ".yaml", ".yml") and p.stat().st_size <= SAMPLE_MAX_BYTES
    )
    return random.Random(SAMPLE_SEED).sample(specs, min(SAMPLE_SIZE, len(specs)))  # noqa: S311 - a reproducible sample


@pytest.mark.parametrize("example", ["openai", "openai-uploads"])
def test_committed_example_is_lint_clean(example: str) -> None:
    findings = lint_findings(OUTPUT / example)
    assert not findings, findings


@pytest.mark.skipif(not REALWORLD.is_dir(), reason="../shared/realworld is not there")
@pytest.mark.parametrize("spec", realworld_sample() if REALWORLD.is_dir() else [], ids=lambda p: p.relative_to(REALWORLD).as_posix())
def test_realworld_sdk_is_lint_clean(spec: Path, generated) -> None:  # type: ignore[no-untyped-def]
    # lint is about the output: validation is skipped, since some real specs break the standard
    findings = lint_findings(generated(spec, "--no-validate"))
    assert not findings, findings
