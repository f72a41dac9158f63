"""Benchmark clientgen against openapi-python-client and openapi-generator, in one run.

    make bench                      # or: .venv/bin/python bench/run.py [flags]
    BENCH_ROUNDS=1 BENCH_SPECS="specs/openai-uploads.yaml" make bench

Every flag has an environment variable of the same meaning (see --help). Writes
bench/results.md and bench/results.json and prints the Markdown tables. See bench/README.md.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import measure
import realworld
import report

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PEERS_DIR = BENCH / ".peers"
PEERS_VENV = PEERS_DIR / "venv"
NOHOOKS_CONFIG = PEERS_DIR / "opc-nohooks.yaml"
PEER_LOCK = ROOT / "requirements" / "bench-peers.txt"  # exact versions; `make lock` refreshes it
OURS_VENV = BENCH / ".ours" / "venv"  # clientgen installed as users get it: a wheel, not the editable .venv
OURS_LOCK = ROOT / "requirements" / "lock.txt"
DEFAULT_SPECS = (
    "specs/openai-uploads.yaml",
    "../shared/specs/swagger-petstore/v3-openapi.yaml",
    "../shared/specs/openai/openapi.yaml",
    "../shared/specs/github/api.github.com.json",
)
TOOLS = ("ours", "opc", "opc-nohooks", "oag")
TOOL_LABELS = {
    "ours": "clientgen (ours)",
    "opc": "openapi-python-client 0.29.1",
    "opc-nohooks": "openapi-python-client 0.29.1, post_hooks: []",
    "oag": "openapi-generator 7.26.0 -g python",
}
REALWORLD_DIR = ROOT.parent / "shared" / "realworld"
GITHUB_SPEC = "../shared/specs/github/api.github.com.json"
SPEC_ALIASES = {"v3-openapi": "petstore-v3", "api.github.com": "github"}
OAG_PACKAGE = "oag_client"


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---- configuration ------------------------------------------------------------------------


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    env = os.environ.get
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rounds", type=int, default=int(env("BENCH_ROUNDS", "3")), help="rounds per spec [BENCH_ROUNDS=3]")
    p.add_argument(
        "--specs",
        default=env("BENCH_SPECS", " ".join(DEFAULT_SPECS)),
        help="spec paths, space- or comma-separated, relative to the repo root [BENCH_SPECS]",
    )
    p.add_argument(
        "--tools", default=env("BENCH_TOOLS", ",".join(TOOLS)), help=f"subset of {','.join(TOOLS)} [BENCH_TOOLS]"
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=float(env("GEN_TIMEOUT", "600")),
        help="seconds per generation [GEN_TIMEOUT=600]",
    )
    p.add_argument(
        "--import-timeout",
        type=float,
        default=float(env("IMPORT_TIMEOUT", "300")),
        help="seconds per import run [IMPORT_TIMEOUT=300]",
    )
    p.add_argument(
        "--requests",
        type=int,
        default=int(env("BENCH_REQUESTS", "2000")),
        help="runtime requests per variant [BENCH_REQUESTS=2000]",
    )
    p.add_argument(
        "--regen-spec",
        default=env("BENCH_REGEN_SPEC"),
        help="spec for the regeneration scenarios [BENCH_REGEN_SPEC; default: github or the largest]",
    )
    p.add_argument(
        "--edits",
        action="store_true",
        default=_env_flag("BENCH_EDITS"),
        help="run the regeneration and edit scenarios on --regen-spec (default: GitHub) even when it is not "
        "among --specs; with BENCH_SPECS='' only those [BENCH_EDITS=1]",
    )
    p.add_argument(
        "--realworld",
        default=env("BENCH_REALWORLD", ""),
        help="also run the real-world sample: 'all' (every spec MANIFEST.md lists) or N (N of them, evenly "
        "spread); off when empty [BENCH_REALWORLD]",
    )
    p.add_argument(
        "--realworld-rounds",
        type=int,
        default=int(env("BENCH_REALWORLD_ROUNDS", "1")),
        help="rounds per real-world spec [BENCH_REALWORLD_ROUNDS=1]",
    )
    p.add_argument(
        "--realworld-timeout",
        type=float,
        default=float(env("BENCH_REALWORLD_TIMEOUT", "180")),
        help="seconds per generation of a real-world spec [BENCH_REALWORLD_TIMEOUT=180]",
    )
    p.add_argument(
        "--realworld-dir",
        type=Path,
        default=Path(env("BENCH_REALWORLD_DIR", str(REALWORLD_DIR))),
        help="the sample's folder, with its MANIFEST.md [BENCH_REALWORLD_DIR]",
    )
    p.add_argument(
        "--skip-install",
        action="store_true",
        default=_env_flag("BENCH_SKIP_INSTALL"),
        help="use bench/.peers as it is [BENCH_SKIP_INSTALL=1]",
    )
    p.add_argument(
        "--no-imports",
        action="store_true",
        default=_env_flag("BENCH_NO_IMPORTS"),
        help="skip import timings [BENCH_NO_IMPORTS=1]",
    )
    p.add_argument(
        "--no-regen",
        action="store_true",
        default=_env_flag("BENCH_NO_REGEN"),
        help="skip regeneration scenarios [BENCH_NO_REGEN=1]",
    )
    p.add_argument(
        "--no-runtime",
        action="store_true",
        default=_env_flag("BENCH_NO_RUNTIME"),
        help="skip runtime overhead [BENCH_NO_RUNTIME=1]",
    )
    p.add_argument(
        "--profile",
        action="store_true",
        default=_env_flag("BENCH_PROFILE"),
        help="also profile clientgen with pyinstrument into bench/profiles/ [BENCH_PROFILE=1]",
    )
    p.add_argument(
        "--clientgen",
        default=env("CLIENTGEN", ""),
        help="clientgen executable [CLIENTGEN; default: this checkout, installed into bench/.ours/venv]",
    )
    p.add_argument(
        "--results",
        type=Path,
        default=Path(env("BENCH_RESULTS", str(BENCH / "results"))),
        help="results path without suffix [BENCH_RESULTS]",
    )
    args = p.parse_args(argv)
    args.spec_list = [s for s in re.split(r"[\s,]+", args.specs) if s]
    args.tool_list = [t for t in re.split(r"[\s,]+", args.tools) if t]
    unknown = set(args.tool_list) - set(TOOLS)
    if unknown:
        p.error(f"unknown tool(s): {', '.join(sorted(unknown))}")
    if args.rounds < 1 or args.realworld_rounds < 1:
        p.error("--rounds and --realworld-rounds must be at least 1")
    wanted = args.realworld.strip().lower()
    if wanted and wanted != "all" and not wanted.isdigit():
        p.error("--realworld takes 'all' or a number of specs")
    args.realworld_limit = None if wanted in ("", "all") else int(wanted)
    args.realworld_on = bool(wanted) and args.realworld_limit != 0
    return args


@dataclass
class Spec:
    name: str
    path: Path
    size: int

    @property
    def package(self) -> str:
        stem = re.sub(r"\W+", "_", self.name).strip("_").lower()
        return ("spec_" if stem[:1].isdigit() else "") + stem + "_client"


def resolve_specs(paths: Sequence[str]) -> tuple[list[Spec], list[str]]:
    specs: list[Spec] = []
    missing: list[str] = []
    for raw in paths:
        path = (ROOT / raw).resolve() if not Path(raw).is_absolute() else Path(raw)
        if not path.is_file():
            missing.append(raw)
            continue
        name = SPEC_ALIASES.get(path.stem, path.parent.name if path.stem == "openapi" else path.stem)
        while any(s.name == name for s in specs):
            name += "+"
        specs.append(Spec(name, path, path.stat().st_size))
    return specs, missing


# ---- peers --------------------------------------------------------------------------------


def peer_bin(name: str) -> Path:
    return PEERS_VENV / "bin" / name


def install_peers() -> str | None:
    """Create bench/.peers/venv with the pinned peers; returns an error text or None."""
    stamp = PEERS_VENV / ".bench-installed"
    wanted = PEER_LOCK.read_text()
    PEERS_DIR.mkdir(parents=True, exist_ok=True)
    NOHOOKS_CONFIG.write_text("post_hooks: []\n")
    if stamp.is_file() and stamp.read_text() == wanted:
        log(f"peers already installed in {PEERS_VENV}")
        return None
    log(f"installing peers into {PEERS_VENV} (about a minute)")
    steps = [
        [sys.executable, "-m", "venv", "--clear", str(PEERS_VENV)],
        [str(peer_bin("python")), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", str(PEER_LOCK)],
    ]
    error = _run_steps(steps)
    if error is None:
        stamp.write_text(wanted)
    return error


def _run_steps(steps: Sequence[Sequence[str]]) -> str | None:
    """Run each install command in turn; the first failure's text, or None."""
    for cmd in steps:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, cwd=tempfile.gettempdir())  # noqa: S603
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or [""]
            return f"`{' '.join(cmd[:4])} …` failed (rc {proc.returncode}): {tail[0]}"
    return None


def install_ours() -> tuple[str, str | None]:
    """(clientgen executable, error text or None): this checkout built and installed (not editable)
    into bench/.ours/venv with the locked dependencies, as a user's `pip install` has it. The
    project's .venv has it editable, whose import hook costs every run about 20 ms."""
    python, stamp = OURS_VENV / "bin" / "python", OURS_VENV / ".bench-installed"
    wanted = OURS_LOCK.read_text()
    steps: list[list[str]] = []
    if not (stamp.is_file() and stamp.read_text() == wanted):
        log(f"installing clientgen's dependencies into {OURS_VENV} (about a minute)")
        steps += [
            [sys.executable, "-m", "venv", "--clear", str(OURS_VENV)],
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", str(OURS_LOCK)],
        ]
    install = ["install", "--quiet", "--disable-pip-version-check", "--no-deps", "--no-build-isolation", "--force-reinstall"]
    steps.append([str(python), "-m", "pip", *install, str(ROOT)])
    error = _run_steps(steps)
    if error is not None:
        return "", error
    stamp.write_text(wanted)
    return str(OURS_VENV / "bin" / "clientgen"), None


def _first_line(cmd: Sequence[str], timeout: float = 180) -> tuple[bool, str]:
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)  # noqa: S603
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, f"{type(exc).__name__}: {exc}"
    lines = [ln.strip() for ln in (proc.stdout + proc.stderr).splitlines() if ln.strip()]
    if proc.returncode != 0:
        return False, f"rc {proc.returncode}: {lines[-1] if lines else ''}"
    return True, lines[0] if lines else ""


def check_tools(
    tools: Sequence[str], clientgen: str, install_error: str | None
) -> tuple[dict[str, str], dict[str, str]]:
    """(versions, skipped-with-reason) for each requested tool."""
    versions: dict[str, str] = {}
    skipped: dict[str, str] = {}
    if "ours" in tools:
        ok, text = _first_line([clientgen, "generate", "--help"])
        if ok:
            versions["ours"] = git_describe()
        else:
            skipped["ours"] = f"clientgen does not run: {text}"
    for tool in ("opc", "opc-nohooks"):
        if tool in tools:
            ok, text = (
                (False, install_error or "")
                if install_error
                else _first_line([str(peer_bin("openapi-python-client")), "--version"])
            )
            (versions if ok else skipped)[tool] = text if ok else f"openapi-python-client unavailable: {text}"
    if "oag" in tools:
        if install_error:
            skipped["oag"] = f"peer install failed: {install_error}"
        else:
            java_ok, java = (
                _first_line(["java", "-version"], 60) if shutil.which("java") else (False, "no `java` on PATH")
            )
            ok, text = _first_line([str(peer_bin("openapi-generator-cli")), "version"]) if java_ok else (False, java)
            if ok:
                versions["oag"] = f"{text} ({java})"
            else:
                skipped["oag"] = f"the openapi-generator jar cannot run: {text}"
    for tool, reason in skipped.items():
        log(f"SKIP {tool}: {reason}")
    return versions, skipped


def git_describe() -> str:
    ok, rev = _first_line(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], 30)
    if not ok:
        return "unknown"
    dirty = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--", "generator", "templates"],
        capture_output=True,
        text=True,
    ).stdout  # noqa: S603,S607
    return f"git {rev}{' + uncommitted generator changes' if dirty.strip() else ''}"


# ---- one generation -----------------------------------------------------------------------


def tool_cmd(tool: str, spec: Spec, out: Path, clientgen: str) -> list[str]:
    if tool == "ours":
        return [clientgen, "generate", str(spec.path), "--output", str(out), "--package-name", spec.package]
    if tool in ("opc", "opc-nohooks"):
        cmd = [
            str(peer_bin("openapi-python-client")),
            "generate",
            "--path",
            str(spec.path),
            "--output-path",
            str(out),
            "--overwrite",
        ]
        return cmd + (["--config", str(NOHOOKS_CONFIG)] if tool == "opc-nohooks" else [])
    return [
        str(peer_bin("openapi-generator-cli")), "generate", "-i", str(spec.path), "-g", "python", "-o", str(out),
        f"--additional-properties=packageName={OAG_PACKAGE}", "--skip-validate-spec",
    ]  # fmt: skip


def tool_env() -> dict[str, str]:
    """The peers' bin first on PATH: openapi-python-client's post hooks call `ruff` from PATH."""
    env = dict(os.environ)
    env["PATH"] = f"{PEERS_VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env.pop("VIRTUAL_ENV", None)
    return env


def find_package(tool: str, spec: Spec, out: Path) -> str | None:
    if tool == "ours":
        return spec.package if (out / spec.package / "__init__.py").is_file() else None
    if tool == "oag":
        return OAG_PACKAGE if (out / OAG_PACKAGE / "__init__.py").is_file() else None
    found = [p.parent.name for p in out.glob("*/__init__.py")]
    return found[0] if len(found) == 1 else None


@dataclass
class RunRecord:
    tool: str
    spec: str
    round: int
    ok: bool
    rc: int | None
    timed_out: bool
    wall_s: float
    peak_mb: float | None
    tree_peak_mb: float | None
    files: int | None = None
    lines: int | None = None
    py_lines: int | None = None
    error: str = ""
    warnings: bool = False


def generate_once(tool: str, spec: Spec, rnd: int, args: argparse.Namespace, work: Path) -> tuple[RunRecord, Path]:
    out = Path(tempfile.mkdtemp(prefix=f"{tool}-{spec.name}-r{rnd}-", dir=work)) / "out"
    res = measure.run_measured(
        tool_cmd(tool, spec, out, args.clientgen), timeout=args.timeout, env=tool_env(), cwd=work
    )
    record = RunRecord(tool, spec.name, rnd, res.ok, res.rc, res.timed_out, res.wall_s, res.peak_mb, res.tree_peak_mb)
    if res.timed_out:
        record.error = f"timed out after {args.timeout:g} s"
    elif not res.ok:
        record.error = f"exit code {res.rc}: {res.last_error_line()}"
    text = "\n".join(res.stdout_tail + res.stderr_tail).lower()
    record.warnings = "warning" in text
    if out.is_dir():
        size = measure.count_output(out)
        record.files, record.lines, record.py_lines = size.files, size.lines, size.py_lines
    status = "ok" if record.ok else f"FAILED ({record.error})"
    log(f"{tool:<12} {spec.name:<16} round {rnd}: {record.wall_s:8.2f} s {record.peak_mb or 0:8.1f} MB  {status}")
    return record, out


# ---- imports ------------------------------------------------------------------------------


def import_python() -> str:
    """One interpreter times every generated package: the peers venv has all their runtimes."""
    candidate = peer_bin("python")
    return str(candidate) if candidate.exists() else sys.executable


def measure_imports(tool: str, spec: Spec, out: Path, args: argparse.Namespace) -> dict[str, Any]:
    package = find_package(tool, spec, out)
    if package is None:
        return {"import_error": "no single generated package with an __init__.py found"}
    python = import_python()
    top = measure.time_import(python, out, package, timeout=args.import_timeout)
    every = measure.time_import_all(python, out, package, repeats=2, timeout=args.import_timeout)
    log(
        f"{tool:<12} {spec.name:<16} import {package}: {top.seconds} s; import all: {every.seconds} s ({every.modules_ok}/{every.modules_found})"
    )
    result = {"package": package, "import": asdict(top), "import_all": asdict(every)}
    if tool == "ours":  # issue #6 also targets `import pkg` + `Client()` construction
        code = f"import {package}; {package}.Client(base_url='http://127.0.0.1:9')"
        result["import_client"] = asdict(
            measure.time_import(python, out, package, timeout=args.import_timeout, code=code)
        )
    return result


def baseline_imports() -> dict[str, float | None]:
    python = import_python()
    empty = Path(tempfile.mkdtemp(prefix="bench-baseline-"))
    out: dict[str, float | None] = {}
    try:
        for modules in ("sys", "httpx", "pydantic", "attrs", "httpx, pydantic", "pydantic, urllib3, dateutil"):
            res = measure.time_import(python, empty, modules)
            out[modules] = res.seconds
    finally:
        shutil.rmtree(empty, ignore_errors=True)
    return out


# ---- the alternating loop -----------------------------------------------------------------


@dataclass
class SpecOutcome:
    runs: list[RunRecord] = field(default_factory=list)
    imports: dict[str, dict[str, Any]] = field(default_factory=dict)


def bench_spec(
    spec: Spec, tools: Sequence[str], args: argparse.Namespace, work: Path, keep_ours: bool
) -> tuple[SpecOutcome, Path | None]:
    """All rounds for one spec, tools alternating within each round; then the import timings."""
    outcome = SpecOutcome()
    kept: dict[str, Path] = {}
    given_up: set[str] = set()
    for rnd in range(1, args.rounds + 1):
        for tool in tools:
            if tool in given_up:
                continue
            record, out = generate_once(tool, spec, rnd, args, work)
            outcome.runs.append(record)
            if record.timed_out:
                given_up.add(tool)  # a second timeout would only cost GEN_TIMEOUT again
            if record.ok and tool not in kept:
                kept[tool] = out
            else:
                shutil.rmtree(out.parent, ignore_errors=True)
    if not args.no_imports:
        for tool, out in kept.items():
            outcome.imports[tool] = measure_imports(tool, spec, out, args)
    ours_out = kept.pop("ours", None) if keep_ours else None
    for out in kept.values():
        shutil.rmtree(out.parent, ignore_errors=True)
    return outcome, ours_out


def summarize(spec: Spec, tool: str, outcome: SpecOutcome) -> dict[str, Any]:
    runs = [r for r in outcome.runs if r.tool == tool]
    good = [r for r in runs if r.ok]
    row: dict[str, Any] = {"tool": tool, "spec": spec.name, "runs": len(runs), "ok_runs": len(good)}
    if good:
        row["wall_s"] = round(statistics.median(r.wall_s for r in good), 2)
        row["peak_mb"] = _median([r.peak_mb for r in good])
        row["tree_peak_mb"] = _median([r.tree_peak_mb for r in good])
        row["files"], row["lines"], row["py_lines"] = good[0].files, good[0].lines, good[0].py_lines
        row["warnings"] = any(r.warnings for r in good)
    failed = [r for r in runs if not r.ok]
    if failed:
        row["error"] = failed[-1].error
        row["wall_s_failed"] = round(statistics.median(r.wall_s for r in failed), 2)
    row.update(outcome.imports.get(tool, {}))
    return row


def _median(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.median(present), 1) if present else None


def ratios(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """ours / peer for each spec and peer, from the same run."""
    out: list[dict[str, Any]] = []
    by_key = {(r["spec"], r["tool"]): r for r in rows}
    for (spec, tool), peer in by_key.items():
        ours = by_key.get((spec, "ours"))
        if tool == "ours" or ours is None:
            continue
        out.append(
            {
                "spec": spec,
                "peer": tool,
                "wall": _div(ours.get("wall_s"), peer.get("wall_s")),
                "peak": _div(ours.get("peak_mb"), peer.get("peak_mb")),
                "tree_peak": _div(ours.get("tree_peak_mb"), peer.get("tree_peak_mb")),
                "import_all": _div(_import_all_s(ours), _import_all_s(peer)),
            }
        )
    return out


def _import_all_s(row: dict[str, Any]) -> float | None:
    every = row.get("import_all") or {}
    return every.get("seconds")


def _div(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a is not None and b else None


# ---- regeneration (clientgen only) --------------------------------------------------------


def pick_regen_spec(specs: Sequence[Spec], wanted: str | None) -> Spec | None:
    if not specs:
        return None
    if wanted:
        return next((s for s in specs if wanted in (s.name, str(s.path), s.path.name)), None)
    return next((s for s in specs if s.name == "github"), max(specs, key=lambda s: s.size))


def _load_spec(path: Path) -> Any:
    if path.suffix == ".json":
        return json.loads(path.read_text())
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(), Loader=loader)  # noqa: S506 - a safe loader


def _dump_spec(data: Any, path: Path) -> None:
    if path.suffix == ".json":
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=4096))


def _first_operation(data: Any) -> tuple[str, str, dict[str, Any]]:
    methods = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
    for path, item in (data.get("paths") or {}).items():
        for method in methods:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict):
                return path, method, op
    raise ValueError("the spec has no operations")


def add_one_operation(data: Any) -> str:
    """Add a copy of the first operation (in document order) under a new path below its own, with
    its own operationId, so that it joins the same group; returns what was added."""
    path, method, op = _first_operation(data)
    new_path = path.rstrip("/") + "/bench-added"
    while new_path in data["paths"]:
        new_path += "-again"
    added = copy.deepcopy(op)
    added["operationId"] = str(op.get("operationId") or "operation") + "BenchAdded"
    added["description"] = "An operation the bench added."
    data["paths"][new_path] = {method: added}
    return f"{method.upper()} {new_path} ({added['operationId']})"


def edit_one_description(data: Any) -> str:
    """Append to the first operation's description (in document order); returns what was edited."""
    path, method, op = _first_operation(data)
    op["description"] = (op.get("description") or op.get("summary") or "") + " (edited by bench)"
    return f"{method.upper()} {path} ({op.get('operationId', '?')})"


def _regen_step(label: str, cmd: list[str], out: Path, timeout: float) -> dict[str, Any]:
    before = measure.snapshot(out)
    res = measure.run_measured(cmd, timeout=timeout, env=tool_env(), cwd=out.parent)
    diff = measure.diff_snapshots(before, measure.snapshot(out))
    step = {
        "scenario": label,
        "ok": res.ok,
        "rc": res.rc,
        "wall_s": res.wall_s,
        "peak_mb": res.peak_mb,
        "files": len(before),
        "rewritten": len(diff["touched"]),
        "content_changed": len(diff["content_changed"]),
        "added": len(diff["added"]),
        "removed": len(diff["removed"]),
        "examples": (diff["content_changed"] or diff["touched"])[:6],
        "error": "" if res.ok else f"exit code {res.rc}: {res.last_error_line()}",
    }
    log(f"regen {label}: {res.wall_s:.2f} s, {step['rewritten']} files rewritten, {step['content_changed']} changed")
    return step


def has_check_flag(clientgen: str) -> bool:
    try:
        proc = subprocess.run([clientgen, "generate", "--help"], capture_output=True, text=True, timeout=120)  # noqa: S603
    except (OSError, subprocess.TimeoutExpired):
        return False
    return proc.returncode == 0 and "--check" in proc.stdout


def regeneration(spec: Spec, existing: Path | None, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """No-change regeneration, --check (if it exists), and a one-description edit, into one dir."""
    out = existing or Path(tempfile.mkdtemp(prefix="regen-", dir=work)) / "out"
    result: dict[str, Any] = {"spec": spec.name, "steps": []}
    steps: list[dict[str, Any]] = result["steps"]
    if existing is None:
        first = measure.run_measured(tool_cmd("ours", spec, out, args.clientgen), timeout=args.timeout, env=tool_env())
        if not first.ok:
            result["error"] = f"initial generation failed: exit code {first.rc}: {first.last_error_line()}"
            return result
    base = tool_cmd("ours", spec, out, args.clientgen)
    steps.append(_regen_step("no change: generate", base, out, args.timeout))
    check = has_check_flag(args.clientgen)
    result["check_flag"] = check
    if check:
        steps.append(_regen_step("no change: generate --check", [*base, "--check"], out, args.timeout))
    copy_dir = Path(tempfile.mkdtemp(prefix="regen-spec-", dir=work))
    copy = copy_dir / spec.path.name
    data = _load_spec(spec.path)
    _dump_spec(data, copy)
    edited_cmd = tool_cmd("ours", Spec(spec.name, copy, spec.size), out, args.clientgen)
    # From the re-serialised copy first, so that the edit step sees only the edit.
    steps.append(_regen_step("re-serialised copy of the spec (no edit)", edited_cmd, out, args.timeout))
    result["edited"] = edit_one_description(data)
    _dump_spec(data, copy)
    steps.append(_regen_step("one operation's description edited", edited_cmd, out, args.timeout))
    if check:
        steps.append(_regen_step("after the edit: generate --check", [*edited_cmd, "--check"], out, args.timeout))
    result["added"] = add_one_operation(data)
    _dump_spec(data, copy)
    steps.append(_regen_step("one new operation added", edited_cmd, out, args.timeout))
    shutil.rmtree(copy_dir, ignore_errors=True)
    return result


# ---- the real-world sample ----------------------------------------------------------------


def bench_realworld(tools: Sequence[str], args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """Each chosen real-world spec, every tool in turn, `--realworld-rounds` times; no import
    timings (they would take longer than the generations)."""
    started = time.perf_counter()
    folder = args.realworld_dir.resolve()
    try:
        listed = realworld.manifest_specs(folder)
    except OSError as exc:
        return {"error": f"cannot read {folder / 'MANIFEST.md'}: {exc.strerror}"}
    chosen = realworld.spread(listed, args.realworld_limit)
    bounded = argparse.Namespace(**{**vars(args), "timeout": args.realworld_timeout})
    runs: list[dict[str, Any]] = []
    missing: list[str] = []
    log(f"real-world sample: {len(chosen)} of {len(listed)} specs, {args.realworld_rounds} round(s) of {', '.join(tools)}")
    for path in chosen:
        if not path.is_file():
            missing.append(str(path.relative_to(folder)))
            continue
        name = re.sub(r"[^\w.-]+", "_", path.relative_to(folder).with_suffix("").as_posix())
        spec = Spec(name, path, path.stat().st_size)
        for rnd in range(1, args.realworld_rounds + 1):
            for tool in tools:
                record, out = generate_once(tool, spec, rnd, bounded, work)
                shutil.rmtree(out.parent, ignore_errors=True)
                runs.append(asdict(record))
    elapsed = time.perf_counter() - started
    ran = len(chosen) - len(missing)
    return {
        "dir": str(folder),
        "listed": len(listed),
        "chosen": len(chosen),
        "missing": missing,
        "rounds": args.realworld_rounds,
        "elapsed_s": round(elapsed, 1),
        "estimated_all_s": round(elapsed / ran * len(listed), -1) if ran else None,
        "runs": runs,
        "summary": realworld.summary(runs, tools),
    }


# ---- runtime overhead and profiling -------------------------------------------------------


def runtime_overhead(args: argparse.Namespace) -> dict[str, Any]:
    log(f"runtime overhead: {args.requests} requests per variant through output/openai-uploads")
    cmd = [sys.executable, str(BENCH / "runtime_overhead.py"), "--requests", str(args.requests)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900)  # noqa: S603
    except subprocess.TimeoutExpired:
        return {"error": "timed out after 900 s"}
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines() or [""]
        return {"error": f"exit code {proc.returncode}: {lines[-1]}"}
    return json.loads(proc.stdout)


PROFILE_SCRIPT = """
import sys
sys.path.append({site!r})
from pyinstrument import Profiler
from clientgen.cli import main
profiler = Profiler(interval=0.001)
profiler.start()
try:
    rc = main({argv!r})
finally:
    profiler.stop()
    open({txt!r}, "w").write(profiler.output_text(unicode=True, color=False))
    open({html!r}, "w").write(profiler.output_html())
sys.exit(rc)
"""


def profile_ours(spec: Spec, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """clientgen in-process under pyinstrument (from the peers venv): text and HTML reports."""
    sites = sorted(PEERS_VENV.glob("lib/python*/site-packages"))
    if not sites:
        return {"error": "pyinstrument is not installed (no peers venv)"}
    python = str(Path(args.clientgen).parent / "python")
    target = BENCH / "profiles"
    target.mkdir(exist_ok=True)
    out = Path(tempfile.mkdtemp(prefix="profile-", dir=work)) / "out"
    txt, html = target / f"ours__{spec.name}.txt", target / f"ours__{spec.name}.html"
    argv = ["generate", str(spec.path), "--output", str(out), "--package-name", spec.package, "--quiet"]
    script = PROFILE_SCRIPT.format(site=str(sites[0]), argv=argv, txt=str(txt), html=str(html))
    res = measure.run_measured([python, "-c", script], timeout=args.timeout, cwd=ROOT)
    shutil.rmtree(out.parent, ignore_errors=True)
    log(f"profile {spec.name}: {res.wall_s:.2f} s -> {txt.relative_to(ROOT)}")
    return {
        "spec": spec.name,
        "ok": res.ok,
        "wall_s": res.wall_s,
        "text": str(txt),
        "html": str(html),
        "error": "" if res.ok else res.last_error_line(),
    }


# ---- main ---------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    mem = ""
    try:
        mem = next(ln for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal"))
    except (OSError, StopIteration):
        pass
    return {
        "cpus": os.cpu_count(),
        "memory": f"{int(mem.split()[1]) / 2**20:.1f} GiB" if mem else "?",
        "platform": platform.platform(),
        "python": platform.python_version(),
        "rss_source": "/usr/bin/time -v" if measure.have_gnu_time() else "os.wait4 rusage",
    }


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)  # so that `finally` cleans up temp dirs and writes results
    started = time.perf_counter()
    specs, missing = resolve_specs(args.spec_list)
    for raw in missing:
        log(f"SKIP spec {raw}: file not found")
    install_error = None if args.skip_install else install_peers()
    if install_error:
        log(f"peer install failed: {install_error}")
    if "ours" in args.tool_list and not args.clientgen:
        args.clientgen, ours_error = install_ours()
        if ours_error:
            log(f"clientgen install failed: {ours_error}")
    versions, skipped = check_tools(args.tool_list, args.clientgen, install_error)
    tools = [t for t in args.tool_list if t not in skipped]
    regen_spec = None if args.no_regen or "ours" not in tools else pick_regen_spec(specs, args.regen_spec)
    if args.edits and "ours" in tools and regen_spec is None:  # the scenarios on a spec not benched above
        extra, absent = resolve_specs([args.regen_spec or GITHUB_SPEC])
        regen_spec = extra[0] if extra else None
        for raw in absent:
            log(f"SKIP edit scenarios: spec {raw} not found")
    work = Path(tempfile.mkdtemp(prefix="clientgen-bench-"))
    results: dict[str, Any] = {
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": machine(),
        "rounds": args.rounds,
        "order": tools,
        "specs": [{"name": s.name, "path": str(s.path), "bytes": s.size} for s in specs],
        "missing_specs": missing,
        "versions": versions,
        "skipped_tools": skipped,
        "install_error": install_error,
        "runs": [],
        "summary": [],
    }
    try:
        if not args.no_imports:
            results["baseline_imports"] = baseline_imports()
        ours_regen_dir: Path | None = None
        for spec in specs:
            log(f"spec {spec.name} ({spec.size / 1e6:.2f} MB): {args.rounds} round(s) of {', '.join(tools)}")
            outcome, kept = bench_spec(spec, tools, args, work, keep_ours=spec is regen_spec)
            ours_regen_dir = kept or ours_regen_dir
            results["runs"].extend(asdict(r) for r in outcome.runs)
            results["summary"].extend(summarize(spec, tool, outcome) for tool in tools)
            if args.profile and "ours" in tools:
                results.setdefault("profiles", []).append(profile_ours(spec, args, work))
        results["ratios"] = ratios(results["summary"])
        if args.realworld_on and tools:
            results["realworld"] = bench_realworld(tools, args, work)
        if regen_spec is not None:
            log(f"regeneration scenarios on {regen_spec.name}")
            results["regeneration"] = regeneration(regen_spec, ours_regen_dir, args, work)
        if not args.no_runtime:
            results["runtime"] = runtime_overhead(args)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        results["total_s"] = round(time.perf_counter() - started, 1)
        write_results(results, args.results)
    return 0


def write_results(results: dict[str, Any], base: Path) -> None:
    markdown = report.render(results, TOOL_LABELS)
    base.parent.mkdir(parents=True, exist_ok=True)
    base.with_suffix(".json").write_text(json.dumps(results, indent=2, default=str) + "\n")
    base.with_suffix(".md").write_text(markdown)
    print(markdown)
    log(f"wrote {base.with_suffix('.md')} and {base.with_suffix('.json')} in {results['total_s']} s")


if __name__ == "__main__":
    sys.exit(main())
