"""The SDK as a team ships it, over the real specs: generate, build, check, install, import, lint,
type-check and test every SDK, and print how many pass each stage (issue 13, acceptance 1).

    .venv/bin/python tests/sdk_corpus.py --all                  # the 200 real specs + OpenAI, GitHub, DigitalOcean
    .venv/bin/python tests/sdk_corpus.py --sample 20 --seed 1   # 20 real specs, chosen by the seed
    .venv/bin/python tests/sdk_corpus.py --sample 6 --stages generate,build,twine --jobs 2

Stages, per spec: `generate`; `build` (`python -m build --no-isolation`: sdist, then the wheel from
it); `twine` (`twine check --strict` on both); `install` (every wheel of a batch into one fresh venv,
dependencies pinned by requirements/lock.txt, with the SDK's `test` extra when it has one);
`import` (every module, from the installed copy, run outside the output folder); `ruff`
(`ruff check --isolated --select E,F,W,I,UP,B --ignore E501`); `black` (`black --check`); `mypy`
(`mypy --strict` on the package); `tests` (the SDK's own generated `tests/`, skipped when it has
none). A stage runs only when the stages it needs passed. Exit status 0 when every stage run passed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REALWORLD = SHARED / "realworld"
LOCK = ROOT / "requirements" / "lock.txt"
STAGES = ("generate", "build", "twine", "install", "import", "ruff", "black", "mypy", "tests")
NEEDS = {"build": "generate", "twine": "build", "install": "build", "import": "install", "ruff": "generate", "black": "generate", "mypy": "generate", "tests": "install"}
# the three big specs (see tests/corpus.py for why DigitalOcean needs --no-validate)
BIG = (
    ("openai", SHARED / "specs" / "openai" / "openapi.yaml", ()),
    ("github", SHARED / "specs" / "github" / "api.github.com.json", ()),
    ("digitalocean", SHARED / "specs" / "digitalocean" / "specification" / "DigitalOcean-public.v2.yaml", ("--no-validate",)),
)
RUFF = ("--isolated", "--select", "E,F,W,I,UP,B", "--ignore", "E501", "--target-version", "py310")  # as requires-python says
TIMEOUT = 1800.0  # seconds for any one command (GitHub's mypy run is the slowest)

IMPORT_CHECK = """
import importlib, json, os, pkgutil, sys
name, venv = sys.argv[1], sys.argv[2]
pkg = importlib.import_module(name)
assert os.path.realpath(pkg.__file__).startswith(os.path.realpath(venv)), f"imported from {pkg.__file__}, not from the venv"
modules = [m.name for m in pkgutil.walk_packages(pkg.__path__, name + ".")]
for module in modules:
    importlib.import_module(module)
print(json.dumps({"modules": len(modules) + 1}))
"""


@dataclass(frozen=True)
class Spec:
    id: str  # path under ../shared/realworld, the big spec's name, or the example's output folder
    path: Path
    flags: tuple[str, ...] = ()
    committed: Path | None = None  # an example's committed SDK (output/...), taken as it is
    package: str | None = None  # the committed SDK's package


@dataclass
class Result:
    """Each stage's outcome for one spec: "pass", "fail" or "skip", and the reason."""

    spec: Spec
    package: str
    out: Path
    status: dict[str, str] = field(default_factory=dict)
    detail: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    wheel: Path | None = None
    sdist: Path | None = None

    def passed(self, stage: str) -> bool:
        return self.status.get(stage) == "pass"

    def record(self, stage: str, ok: bool, detail: str = "", seconds: float = 0.0) -> bool:
        self.status[stage] = "pass" if ok else "fail"
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds
        if detail:
            self.detail[stage] = detail
        return ok

    def step(self, stage: str, command: Sequence[str], cwd: Path | None = None) -> bool:
        """Run one stage's command and record how it went."""
        began = time.perf_counter()
        ok, log = run(command, cwd=cwd)
        return self.record(stage, ok, "" if ok else log, time.perf_counter() - began)


def realworld_specs() -> list[Spec]:
    return [Spec(p.relative_to(REALWORLD).as_posix(), p) for p in sorted(REALWORLD.rglob("*.json"))]


def big_specs() -> list[Spec]:
    return [Spec(name, path, flags) for name, path, flags in BIG]


def example_specs() -> list[Spec]:
    """The committed example SDKs under output/ (`make generate`; the golden tests keep them current)."""
    from examples import EXAMPLES

    return [Spec(e.output, e.spec_path, e.flags, committed=e.output_path, package=e.package) for e in EXAMPLES]


def select(all_specs: bool, sample: int | None, seed: int, big: bool, max_bytes: int | None) -> list[Spec]:
    """The specs to run: all of them, or a seeded sample of the real ones (optionally only small ones)."""
    real = [s for s in realworld_specs() if max_bytes is None or s.path.stat().st_size <= max_bytes]
    if all_specs or sample is None:
        return real + big_specs()
    chosen = sorted(random.Random(seed).sample(real, min(sample, len(real))), key=lambda s: s.id)  # noqa: S311 - a test sample
    return chosen + (big_specs() if big else [])


def package_name(index: int, spec: Spec) -> str:
    """A package (and distribution) name unique in the run: wheels of one batch share a venv."""
    if spec.package is not None:
        return spec.package
    stem = re.sub(r"[^a-z0-9]+", "_", Path(spec.id).stem.lower()).strip("_")[:40]
    return f"s{index:03d}_{stem}"


def run(command: Sequence[str], *, cwd: Path | None = None, timeout: float = TIMEOUT) -> tuple[bool, str]:
    """(exit status 0, the output's tail) of one command."""
    try:
        done = subprocess.run(list(command), capture_output=True, text=True, cwd=cwd, timeout=timeout)
    except subprocess.TimeoutExpired:
        return False, f"timed out after {timeout:.0f} s: {' '.join(command[:4])} ..."
    output = (done.stdout + "\n" + done.stderr).strip()
    return done.returncode == 0, _tail(output)


def _tail(text: str, lines: int = 12) -> str:
    return "\n".join(text.splitlines()[-lines:])


def _wanted(result: Result, stage: str, stages: Iterable[str]) -> bool:
    """Whether to run `stage`: asked for, and what it needs passed (else it is skipped, saying why)."""
    if stage not in stages:
        return False
    need = NEEDS.get(stage)
    if need is not None and not result.passed(need):
        result.status[stage] = "skip"
        result.detail[stage] = f"{need} did not pass"
        return False
    return True


def make_sdk(result: Result, stages: Sequence[str], work: Path) -> None:
    """generate, build, twine for one spec."""
    spec, out = result.spec, result.out
    if "generate" in stages and spec.committed is not None:
        shutil.copytree(spec.committed, out)  # stages write into the folder (build's own files): a copy
        result.record("generate", True)
    elif "generate" in stages:
        result.step("generate", [sys.executable, "-m", "clientgen", "generate", str(spec.path), "--output", str(out), "--package-name", result.package, "--quiet", *spec.flags], cwd=ROOT)
    if _wanted(result, "build", stages):
        dist = work / "dist" / result.package
        if result.step("build", [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(out)]):
            wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
            if len(wheels) == 1 and len(sdists) == 1:
                result.wheel, result.sdist = wheels[0], sdists[0]
            else:
                result.record("build", False, f"expected one wheel and one sdist, found {[p.name for p in [*wheels, *sdists]]}")
    if _wanted(result, "twine", stages):
        assert result.wheel is not None and result.sdist is not None
        result.step("twine", [sys.executable, "-m", "twine", "check", "--strict", str(result.wheel), str(result.sdist)])


def _requirement(result: Result) -> str:
    """The wheel to install, with its `test` extra when the SDK declares one."""
    assert result.wheel is not None
    pyproject = (result.out / "pyproject.toml").read_text("utf-8")
    has_tests = re.search(r"^\[project\.optional-dependencies\][^\[]*^test\s*=", pyproject, flags=re.MULTILINE)
    return f"{result.wheel}[test]" if has_tests else str(result.wheel)


def install_batch(results: list[Result], stages: Sequence[str], venv: Path) -> None:
    """Every built wheel of the batch into one fresh venv; when that fails, one at a time, to name the culprits."""
    todo = [r for r in results if _wanted(r, "install", stages)]
    if not todo:
        return
    ok, log = run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    if not ok:
        raise SystemExit(f"cannot create a venv: {log}")
    # this interpreter's pip installs into the new venv (`--python`): no pip to seed there
    pip = [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--quiet", "-c", str(LOCK)]
    began = time.perf_counter()
    ok, log = run([*pip, *(_requirement(r) for r in todo)])
    if ok:
        for r in todo:
            r.record("install", True, seconds=(time.perf_counter() - began) / len(todo))
        return
    for r in todo:
        r.step("install", [*pip, _requirement(r)])


def check_sdk(result: Result, stages: Sequence[str], venv: Path, work: Path) -> None:
    """import, ruff, black, mypy and the SDK's own tests for one spec."""
    out, python = result.out, venv / "bin" / "python"
    elsewhere = work / "elsewhere"  # not the output folder: what runs there imports the installed copy
    if _wanted(result, "import", stages):
        result.step("import", [str(python), "-c", IMPORT_CHECK, result.package, str(venv)], cwd=elsewhere)
    if _wanted(result, "ruff", stages):
        result.step("ruff", [sys.executable, "-m", "ruff", "check", *RUFF, "--no-cache", "--output-format", "concise", "."], cwd=out)
    if _wanted(result, "black", stages):
        result.step("black", [sys.executable, "-m", "black", "--check", "."], cwd=out)
    if _wanted(result, "mypy", stages):
        cache = work / "mypy-cache" / result.package
        result.step("mypy", [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "-p", result.package], cwd=out)
        shutil.rmtree(cache, ignore_errors=True)
    if _wanted(result, "tests", stages):
        if not (out / "tests").is_dir():
            result.status["tests"] = "skip"
            result.detail["tests"] = "the SDK has no tests/ folder"
        else:
            result.step("tests", [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(out / "tests")], cwd=elsewhere)


def run_corpus(
    specs: Sequence[Spec], work: Path, *, stages: Sequence[str] = STAGES, jobs: int = 2, batch: int = 25, progress: Callable[[str], None] = print
) -> list[Result]:
    """Every stage for every spec, a batch at a time (one venv per batch), `jobs` commands at once."""
    (work / "elsewhere").mkdir(parents=True, exist_ok=True)
    results = [Result(spec, package_name(i, spec), work / "sdk" / package_name(i, spec)) for i, spec in enumerate(specs)]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for start in range(0, len(results), batch):
            chunk = results[start : start + batch]
            began = time.perf_counter()
            list(pool.map(partial(make_sdk, stages=stages, work=work), chunk))
            venv = work / "venvs" / f"batch{start // batch}"
            install_batch(chunk, stages, venv)
            list(pool.map(partial(check_sdk, stages=stages, venv=venv, work=work), chunk))
            shutil.rmtree(venv, ignore_errors=True)
            failed = sum(1 for r in chunk if "fail" in r.status.values())
            progress(f"specs {start + 1}-{start + len(chunk)} of {len(results)}: {failed} with a failure ({time.perf_counter() - began:.0f} s)")
    return results


def summary(results: Sequence[Result], stages: Sequence[str]) -> list[str]:
    """One line per stage with its counts, then one per failure."""
    lines = []
    for stage in stages:
        counts = {s: sum(1 for r in results if r.status.get(stage) == s) for s in ("pass", "fail", "skip")}
        note = sorted({r.detail.get(stage, "") for r in results if r.status.get(stage) == "skip"})
        seconds = sum(r.seconds.get(stage, 0.0) for r in results)
        lines.append(
            f"{stage:<9} {counts['pass']:>4} passed {counts['fail']:>4} failed {counts['skip']:>4} skipped {seconds:>7.0f} s"
            + (f"  ({'; '.join(note)})" if note else "")
        )
    for r in results:
        for stage in stages:
            if r.status.get(stage) == "fail":
                lines.append(f"FAIL {stage} {r.spec.id}: {_gist(r.detail.get(stage, ''))[:300]}")
    return lines


# the line of a tool's output that says most: ruff's and mypy's counts, black's, pytest's, an exception
_GIST = re.compile(r"^(Found \d+ errors?.*|\d+ files? would be reformatted.*|=* ?\d+ (failed|error).*|\w*Error: .*|error: .*)$", re.MULTILINE)


def _gist(output: str) -> str:
    found = _GIST.findall(output)
    return found[-1][0] if found else (output.strip().splitlines() or [""])[-1]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="every real spec plus OpenAI, GitHub and DigitalOcean (the default)")
    which.add_argument("--sample", type=int, help="this many real specs, chosen by --seed")
    which.add_argument("--examples", action="store_true", help="the committed example SDKs under output/, as they are")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--big", action="store_true", help="with --sample: also OpenAI, GitHub and DigitalOcean")
    parser.add_argument("--max-bytes", type=int, help="only real specs of at most this many bytes")
    parser.add_argument("--jobs", type=int, default=2, help="commands run at once (default 2)")
    parser.add_argument("--batch", type=int, default=25, help="wheels installed into one venv (default 25)")
    parser.add_argument("--stages", default=",".join(STAGES), help=f"comma-separated, of: {', '.join(STAGES)}")
    parser.add_argument("--work", type=Path, help="keep the SDKs, wheels and results.json here (default: a temporary folder, removed)")
    args = parser.parse_args(argv)
    stages = [s for s in args.stages.split(",") if s]
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        parser.error(f"unknown stage {unknown[0]!r}; the stages are {', '.join(STAGES)}")
    specs = example_specs() if args.examples else select(args.all, args.sample, args.seed, args.big, args.max_bytes)
    work = args.work or Path(tempfile.mkdtemp(prefix="sdk-corpus-"))
    print(f"{len(specs)} specs, stages {', '.join(stages)}, in {work}")
    began = time.perf_counter()
    try:
        results = run_corpus(specs, work, stages=stages, jobs=args.jobs, batch=args.batch)
        lines = summary(results, stages)
        print("\n".join(lines))
        print(f"{time.perf_counter() - began:.0f} s")
        if args.work:
            report = [{"spec": r.spec.id, "package": r.package, "status": r.status, "detail": r.detail, "seconds": r.seconds} for r in results]
            (work / "results.json").write_text(json.dumps(report, indent=1))
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if all("fail" not in r.status.values() for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
