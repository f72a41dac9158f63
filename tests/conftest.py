"""Shared fixtures: paths, a generated-package runner and one Prism mock server per spec."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
OUTPUT = ROOT / "output"
SHARED_SPECS = ROOT.parent / "shared" / "specs"
PRISM_START_TIMEOUT = 120.0


def prism_binary() -> str:
    found = os.environ.get("PRISM") or str(ROOT / ".node" / "node_modules" / ".bin" / "prism")
    if not Path(found).exists():
        pytest.fail(f"Prism is not installed at {found}; run the tests with `make test`, which installs it")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Prism:
    """A running `prism mock` on 127.0.0.1; requests it rejects come back as 4xx."""

    def __init__(self, spec: Path, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self._log_file = open(log, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [prism_binary(), "mock", str(spec), "-h", "127.0.0.1", "-p", str(self.port)],
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + PRISM_START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"prism exited early:\n{log.read_text(errors='replace')[-3000:]}")
            try:
                httpx.get(self.url + "/__health__", timeout=1.0)
                return
            except httpx.TransportError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"prism did not start within {PRISM_START_TIMEOUT} s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self._log_file.close()


@pytest.fixture(scope="session")
def prism_for(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """Start Prism at most once per spec for the whole session: `prism_for(spec_path)`."""
    running: dict[Path, Prism] = {}

    def start(spec: Path) -> Prism:
        if spec not in running:
            running[spec] = Prism(spec, tmp_path_factory.mktemp("prism") / "prism.log")
        return running[spec]

    yield start
    for p in running.values():
        p.stop()


def run_clientgen(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command line, as a user would (`env` adds to the environment)."""
    return subprocess.run(
        [sys.executable, "-m", "clientgen", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env={**os.environ, **env} if env else None,
        timeout=1800,
    )


def run_python(code: str, *, path: Path, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run code in a fresh interpreter with a generated project folder on sys.path."""
    full_env = {**os.environ, "PYTHONPATH": str(path), **(env or {})}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=full_env, timeout=timeout, cwd=path)


def copy_tree(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """`generated(spec, *flags)` -> folder with a client generated from `spec` (package `pkg`).

    Generation is shared by every test and every xdist worker of the run (a file lock
    guards each spec), since large specs take a while.
    """
    import fcntl
    import hashlib

    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):  # workers' temp folders share this session's parent
        base = base.parent
    shared = base / "generated"
    shared.mkdir(exist_ok=True)

    def make(spec: Path, *flags: str) -> Path:
        key = hashlib.sha256(f"{spec}|{flags}".encode()).hexdigest()[:16]
        out = shared / key
        with open(shared / f"{key}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not (out / ".clientgen" / "manifest").is_file():
                result = run_clientgen("generate", str(spec), "-o", str(out), "--package-name", "pkg", "--quiet", *flags)
                if result.returncode != 0:
                    pytest.fail(f"generation of {spec} failed:\n{result.stderr[-3000:]}")
        return out

    return make
