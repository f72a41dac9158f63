"""Breaking changes in GitHub's real history, checked against the generated SDKs (issue #14).

    .venv/bin/python tests/surface_history.py [--old 19.1.0] [--new 20.0.0] [--work DIR] [--count 10]

Gets two versions of GitHub's API description from npm (`@octokit/openapi`, into DIR unless
`gh-VERSION.json` is there already), generates an SDK from each (about 30 s each), compares their
snapshots with `clientgen diff`, and takes `--count` breaking changes, one per rule first. For each
it writes the code a user had written against the old SDK for the method or model concerned
(tests/surface_probe.py: the same synthesis the hypothesis test uses), and runs `mypy --strict`
on it against the old SDK (it must pass) and against the new one (it must fail). Prints a
Markdown table, and exits 1 when a reported breaking change leaves the old code valid or the old
code is not valid against the old SDK. Not part of `make test`: it needs npm and a few minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from collections import Counter
from pathlib import Path
from typing import Any

from surface_probe import model_modules, probe
from test_surface_mypy import AT_RUN_TIME

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"


def fetch(version: str, work: Path) -> Path:
    spec = work / f"gh-{version}.json"
    if not spec.exists():
        npm = shutil.which("npm")
        if npm is None:
            sys.exit(f"npm is not on PATH: put gh-{version}.json (from @octokit/openapi) into {work}")
        out = subprocess.run([npm, "pack", f"@octokit/openapi@{version}", "--silent"], cwd=work, check=True, capture_output=True, text=True)
        tarball = work / out.stdout.strip().splitlines()[-1]
        with tarfile.open(tarball) as tar:
            member = tar.extractfile("package/generated/api.github.com.json")
            assert member is not None
            spec.write_bytes(member.read())
        tarball.unlink()
    return spec


def generate(spec: Path, out: Path, package: str) -> None:
    if not (out / package).is_dir() or not (out / ".clientgen" / "api.json").exists():
        subprocess.run([str(BIN / "clientgen"), "generate", str(spec), "-o", str(out), "--package-name", package, "--quiet"], check=True)


def pick(changes: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """One breaking change per rule (in the report's order), then more of the commonest rules."""
    breaking = [c for c in changes if c["level"] == "breaking" and c["rule"] != "cli-command-renamed"]
    chosen, rules = [], set()
    for change in breaking:
        if change["rule"] not in rules:
            rules.add(change["rule"])
            chosen.append(change)
    common = Counter(c["rule"] for c in breaking)
    for change in sorted((c for c in breaking if c not in chosen), key=lambda c: -common[c["rule"]]):
        if len(chosen) >= count:
            break
        chosen.append(change)
    return chosen[:count]


def subject_of(change: dict[str, Any], snapshot: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(methods, models) the change is about, in the old snapshot."""
    subject = change["subject"].split("(")[0]
    if subject in snapshot["methods"]:
        return {subject}, set()
    return set(), {subject.split(".")[0]}


def mypy(files: list[Path], path: list[Path], cache: Path) -> dict[str, list[str]]:
    run = subprocess.run(
        [str(BIN / "python"), "-m", "mypy", "--strict", "--cache-dir", str(cache), *map(str, files)],
        env={**os.environ, "MYPYPATH": os.pathsep.join(map(str, path))}, capture_output=True, text=True,
    )
    errors: dict[str, list[str]] = {f.name: [] for f in files}
    for line in run.stdout.splitlines():
        name = Path(line.split(":", 1)[0]).name
        if ": error:" in line and name in errors:
            errors[name].append(line.split(": error:", 1)[1].strip())
    return errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", default="19.1.0")
    parser.add_argument("--new", default="20.0.0")
    parser.add_argument("--work", type=Path, default=Path("/tmp/clientgen-history"))
    parser.add_argument("--count", type=int, default=10)
    args = parser.parse_args()
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    sdks = {}
    for side, version in (("old", args.old), ("new", args.new)):
        package = "gh_" + re.sub(r"\W", "_", version)  # one SDK per version, whichever side it is on
        generate(fetch(version, work), work / f"sdk-{package}", package)
        sdks[side] = (work / f"sdk-{package}", package)
    snapshots = {side: folder / ".clientgen" / "api.json" for side, (folder, _) in sdks.items()}
    report = subprocess.run([str(BIN / "clientgen"), "diff", str(snapshots["old"]), str(snapshots["new"]), "--format", "json"], check=True, capture_output=True, text=True)
    changes = json.loads(report.stdout)["changes"]
    old_snapshot = json.loads(snapshots["old"].read_text())
    modules = model_modules(sdks["old"][0] / sdks["old"][1])
    probes = work / "probes"
    probes.mkdir(exist_ok=True)
    chosen = pick(changes, args.count)
    files = []
    for i, change in enumerate(chosen):
        methods, models = subject_of(change, old_snapshot)
        code = probe(old_snapshot, sdks["old"][1], modules, methods=methods, models=models)
        for side in ("old", "new"):
            file = probes / f"use_{side}_{i}.py"
            file.write_text(code.replace(sdks["old"][1], sdks[side][1]))
            files.append(file)
    errors = mypy(files, [sdks["old"][0], sdks["new"][0]], work / ".mypy_cache")
    print(f"GitHub {args.old} -> {args.new}: {len(changes)} changes, {sum(c['level'] == 'breaking' for c in changes)} breaking; {len(chosen)} checked\n")
    print("| # | change | rule | old SDK | new SDK |\n|---|---|---|---|---|")
    wrong = 0
    for i, change in enumerate(chosen):
        old_errors, new_errors = errors[f"use_old_{i}.py"], errors[f"use_new_{i}.py"]
        blind = change["rule"] in AT_RUN_TIME  # breaks at run time only (see tests/test_surface_mypy.py)
        wrong += bool(old_errors) or not (new_errors or blind)
        old = "mypy OK" if not old_errors else f"FAILS: {old_errors[0]}"
        if new_errors:
            new = f"mypy fails ({len(new_errors)}): {_telling(new_errors, change['subject'])}"
        else:
            new = f"mypy accepts it, as expected: {AT_RUN_TIME[change['rule']]}" if blind else "MYPY ACCEPTS IT"
        print(f"| {i + 1} | {_cell(change['message'], 1000)} | `{change['rule']}` | {_cell(old)} | {_cell(new)} |")
    print(f"\n{wrong} misclassified or unchecked (probes in {probes})")
    return 1 if wrong else 0


def _telling(errors: list[str], subject: str) -> str:
    """The error that says most: one naming the changed parameter, field or method; else not a
    removed model's missing module, which explains less than the call or assignment that fails."""
    name = re.split(r"[.(]", subject.rstrip(")"))[-1]
    named = [e for e in errors if re.search(rf'"{re.escape(name)}"|\b{re.escape(name)}\b', e)]
    return (named or [e for e in errors if "[import-not-found]" not in e] or errors)[0]


def _cell(text: str, limit: int = 160) -> str:
    text = text.replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 3] + "..."


if __name__ == "__main__":
    sys.exit(main())
