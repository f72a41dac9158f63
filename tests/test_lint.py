"""The generator itself stays clean under ruff and mypy --strict."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_ruff_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "generator", "tests", "bench"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-4000:]


def test_mypy_strict_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", "/tmp/clientgen-mypy-self"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-4000:]


def test_the_sdk_runtime_is_clean_under_the_rules_sdks_are_held_to() -> None:
    """generator/runtime/ is copied into every SDK: the generated SDKs' ruff rules (tests/test_generated_lint.py)
    hold for it as source too, besides the generator's own (above)."""
    rules = ["--isolated", "--select", "E,F,W,I,UP,B", "--ignore", "E501", "--target-version", "py310"]
    result = subprocess.run([sys.executable, "-m", "ruff", "check", *rules, "generator/runtime"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-4000:]
