"""Process measurement: wall time, peak RSS, output size, import times and file snapshots.

Nothing here knows about particular generators; `run.py` decides what to run.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

TIME_BIN = "/usr/bin/time"
CACHE_DIRS = frozenset({".ruff_cache", "__pycache__", ".mypy_cache", ".pytest_cache"})
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
SAMPLE_EVERY_S = 0.1


@dataclass
class ProcResult:
    """One measured process run."""

    cmd: list[str]
    rc: int | None
    wall_s: float
    peak_mb: float | None  # largest single process in the tree (what `/usr/bin/time -v` reports)
    tree_peak_mb: float | None  # sampled sum of RSS over the whole process group
    timed_out: bool
    stdout_tail: list[str] = field(default_factory=list)
    stderr_tail: list[str] = field(default_factory=list)
    rss_source: str = ""

    @property
    def ok(self) -> bool:
        return self.rc == 0 and not self.timed_out

    def last_error_line(self) -> str:
        """The last non-empty line of stderr (else stdout), for failure summaries."""
        for line in reversed(self.stderr_tail or self.stdout_tail):
            if line.strip():
                return line.strip()[:300]
        return ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class OutputSize:
    files: int
    lines: int
    py_files: int
    py_lines: int


@dataclass
class ImportResult:
    ok: bool
    seconds: float | None
    error: str = ""
    modules_ok: int | None = None
    modules_found: int | None = None
    failures: list[str] = field(default_factory=list)


def have_gnu_time() -> bool:
    return os.access(TIME_BIN, os.X_OK)


def _tail(path: Path, n: int = 20) -> list[str]:
    try:
        with path.open("rb") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - 64 * 1024))
            text = fh.read().decode("utf-8", "replace")
    except OSError:
        return []
    return text.splitlines()[-n:]


def _group_rss_bytes(pgid: int) -> int:
    """Sum of RSS of every live process whose process group is `pgid`."""
    total = 0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read().decode("ascii", "replace")
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        # fields[0] is state (field 3); pgrp is field 5, rss (pages) is field 24.
        if len(fields) > 21 and fields[2] == str(pgid):
            total += int(fields[21]) * PAGE_SIZE
    return total


class _TreeSampler(threading.Thread):
    """Samples the RSS of a process group until stopped; keeps the maximum."""

    def __init__(self, pgid: int) -> None:
        super().__init__(daemon=True)
        self.pgid = pgid
        self.peak = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        if not os.path.isdir("/proc"):
            return
        while not self._stop_event.is_set():
            try:
                self.peak = max(self.peak, _group_rss_bytes(self.pgid))
            except OSError:
                pass
            self._stop_event.wait(SAMPLE_EVERY_S)

    def stop(self) -> None:
        self._stop_event.set()
        self.join(timeout=2)


def _parse_gnu_time(path: Path) -> float | None:
    """Peak RSS in MB from a `/usr/bin/time -v -o FILE` report."""
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return None
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    return int(match.group(1)) / 1024 if match else None


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run_measured(
    cmd: Sequence[str],
    *,
    timeout: float,
    env: Mapping[str, str] | None = None,
    cwd: str | Path | None = None,
    log_dir: Path | None = None,
) -> ProcResult:
    """Run `cmd` in its own process group and measure it.

    Wall time is taken around fork/exit. Peak RSS comes from `/usr/bin/time -v` when it exists,
    otherwise from `os.wait4` (the rusage of the child and its reaped descendants, which is what
    `getrusage(RUSAGE_CHILDREN)` would report for this child alone). The whole group is killed
    on timeout.
    """
    work = Path(tempfile.mkdtemp(prefix="bench-proc-", dir=log_dir))
    out_path, err_path, time_path = work / "stdout", work / "stderr", work / "time"
    full_cmd = list(cmd)
    use_time = have_gnu_time()
    if use_time:
        full_cmd = [TIME_BIN, "-v", "-o", str(time_path), *full_cmd]
    waited: list[tuple[int, int, Any]] = []
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(  # noqa: S603 - commands are built by the harness, not from input
            full_cmd,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env=dict(env) if env is not None else None,
            cwd=cwd,
            start_new_session=True,
        )
        sampler = _TreeSampler(proc.pid)
        sampler.start()
        waiter = threading.Thread(target=lambda: waited.append(os.wait4(proc.pid, 0)), daemon=True)
        waiter.start()
        waiter.join(timeout)
        timed_out = waiter.is_alive()
        if timed_out:
            _kill_group(proc.pid)
            waiter.join(10)
        wall = time.perf_counter() - start
        sampler.stop()
        _kill_group(proc.pid)  # stray grandchildren (e.g. a JVM) must not outlive the run
    rc: int | None = None
    rusage_mb: float | None = None
    if waited:
        _, status, rusage = waited[0]
        rc = os.waitstatus_to_exitcode(status)
        rusage_mb = rusage.ru_maxrss / 1024  # kilobytes on Linux
    proc.returncode = rc if rc is not None else -9  # keep Popen from waiting again
    peak = _parse_gnu_time(time_path) if use_time else None
    result = ProcResult(
        cmd=list(cmd),
        rc=None if timed_out else rc,
        wall_s=round(wall, 3),
        peak_mb=_round(peak if peak is not None else rusage_mb),
        tree_peak_mb=round(sampler.peak / 2**20, 1) if sampler.peak else None,
        timed_out=timed_out,
        stdout_tail=_tail(out_path),
        stderr_tail=_tail(err_path),
        rss_source="/usr/bin/time -v" if peak is not None else "wait4 rusage",
    )
    shutil.rmtree(work, ignore_errors=True)
    return result


def _walk(root: Path) -> list[Path]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in CACHE_DIRS]
        found.extend(Path(dirpath) / name for name in filenames)
    return found


def _count_lines(data: bytes) -> int:
    if not data:
        return 0
    return data.count(b"\n") + (0 if data.endswith(b"\n") else 1)


def count_output(root: Path) -> OutputSize:
    """Files and lines under `root`, caches excluded; `.py` files counted separately too."""
    files = lines = py_files = py_lines = 0
    for path in _walk(root):
        try:
            n = _count_lines(path.read_bytes())
        except OSError:
            continue
        files += 1
        lines += n
        if path.suffix == ".py":
            py_files += 1
            py_lines += n
    return OutputSize(files, lines, py_files, py_lines)


def snapshot(root: Path) -> dict[str, tuple[int, str]]:
    """relative path -> (mtime_ns, sha256) for every file under `root` (caches excluded)."""
    snap: dict[str, tuple[int, str]] = {}
    for path in _walk(root):
        try:
            snap[str(path.relative_to(root))] = (path.stat().st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest())
        except OSError:
            continue
    return snap


def diff_snapshots(before: Mapping[str, tuple[int, str]], after: Mapping[str, tuple[int, str]]) -> dict[str, list[str]]:
    """Which files were touched (mtime changed), changed content, appeared or disappeared."""
    common = before.keys() & after.keys()
    return {
        "touched": sorted(p for p in common if before[p][0] != after[p][0]),
        "content_changed": sorted(p for p in common if before[p][1] != after[p][1]),
        "added": sorted(after.keys() - before.keys()),
        "removed": sorted(before.keys() - after.keys()),
    }


def _python_env(outdir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONPATH"] = str(outdir)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_import(
    python: str, outdir: Path, package: str, *, repeats: int = 3, timeout: float = 300, code: str | None = None
) -> ImportResult:
    """Best-of-`repeats` wall time of `python -c "import PACKAGE"` (or `code`) in a fresh interpreter."""
    best: float | None = None
    for _ in range(repeats):
        res = run_measured(
            [python, "-c", code or f"import {package}"], timeout=timeout, env=_python_env(outdir), cwd=outdir
        )
        if not res.ok:
            reason = "timeout" if res.timed_out else f"rc {res.rc}: {res.last_error_line()}"
            return ImportResult(ok=False, seconds=None, error=reason)
        best = res.wall_s if best is None else min(best, res.wall_s)
    return ImportResult(ok=True, seconds=best)


IMPORT_ALL_SCRIPT = r"""
import importlib, json, pkgutil, sys, traceback
name = sys.argv[1]
failures = []
found = 1
try:
    pkg = importlib.import_module(name)
except BaseException as exc:
    print(json.dumps({"found": 1, "ok": 0, "failures": [name + ": " + repr(exc)[:200]]}))
    sys.exit(0)
ok = 1
def onerror(modname):
    failures.append(modname + ": " + repr(sys.exc_info()[1])[:200])
for info in pkgutil.walk_packages(pkg.__path__, name + ".", onerror=onerror):
    found += 1
    try:
        importlib.import_module(info.name)
        ok += 1
    except BaseException as exc:
        failures.append(info.name + ": " + repr(exc)[:200])
print(json.dumps({"found": found, "ok": ok, "failures": failures[:20]}))
"""


def time_import_all(python: str, outdir: Path, package: str, *, repeats: int = 2, timeout: float = 600) -> ImportResult:
    """Wall time of one fresh interpreter importing every module `pkgutil.walk_packages` finds.

    Best of `repeats`: the first run also writes the bytecode caches, as an install would have.
    """
    best: ImportResult | None = None
    for _ in range(repeats):
        current = _import_all_once(python, outdir, package, timeout)
        if current.seconds is None:
            return current
        if best is None or best.seconds is None or current.seconds < best.seconds:
            best = current
    assert best is not None
    return best


def _import_all_once(python: str, outdir: Path, package: str, timeout: float) -> ImportResult:
    res = run_measured([python, "-c", IMPORT_ALL_SCRIPT, package], timeout=timeout, env=_python_env(outdir), cwd=outdir)
    if not res.ok:
        reason = "timeout" if res.timed_out else f"rc {res.rc}: {res.last_error_line()}"
        return ImportResult(ok=False, seconds=None, error=reason)
    try:
        data = json.loads(res.stdout_tail[-1])
    except (IndexError, ValueError):
        return ImportResult(ok=False, seconds=None, error="no result from the import script")
    all_ok = data["ok"] == data["found"]
    return ImportResult(
        ok=all_ok,
        seconds=res.wall_s,
        error="" if all_ok else f"{data['found'] - data['ok']} of {data['found']} modules fail to import",
        modules_ok=data["ok"],
        modules_found=data["found"],
        failures=data["failures"],
    )
