"""Run a generated SDK's own tests (its tests/ folder) and read the outcome from pytest's report."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Outcome:
    tests: set[str]  # test ids as junit names them: test_x[sync]
    failed: set[str]  # those that failed or errored
    failures: int
    errors: int
    skipped: int
    seconds: float
    output: str
    returncode: int  # pytest's: 5 when it found no tests


def run_sdk_tests(project: Path, tmp_path: Path, env: dict[str, str] | None = None) -> Outcome:
    """Run a generated project's own tests with plain pytest, as its README says, without
    writing anything into the project (no bytecode, no cache)."""
    report = tmp_path / f"junit-{time.monotonic_ns()}.xml"  # one per run, never an earlier run's
    inherited = {k: v for k, v in os.environ.items() if k != "PRISM_URL"}
    # no plugins from this venv (hypothesis, xdist): the generated tests need none
    plain = {"PYTHONPATH": str(project), "PYTHONDONTWRITEBYTECODE": "1", "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    full_env = {**inherited, **plain, **(env or {})}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(project),
         "-c", os.devnull, f"--junitxml={report}", str(project / "tests")],
        capture_output=True, text=True, env=full_env, cwd=project, timeout=900,
    )
    seconds = time.monotonic() - started
    assert report.is_file(), result.stdout[-3000:] + result.stderr[-3000:]
    suite = ET.parse(report).getroot()  # noqa: S314 - our own pytest's report
    suite = suite if suite.tag == "testsuite" else suite[0]
    names = {case.get("name", "") for case in suite.iter("testcase")}
    failed = {case.get("name", "") for case in suite.iter("testcase") if case.find("failure") is not None or case.find("error") is not None}
    return Outcome(
        names, failed, int(suite.get("failures", 0)), int(suite.get("errors", 0)), int(suite.get("skipped", 0)), seconds,
        result.stdout[-6000:], result.returncode,
    )
