"""Generate every spec of ../shared/realworld (or the ones named) and lint each SDK.

    .venv/bin/python tests/lint_realworld.py [--limit N] [--json FILE] [SPEC ...]

Each spec is generated into a temporary folder (with `--no-validate` only when plain generation
fails), then ruff and black run from the SDK's root exactly as tests/test_generated_lint.py runs
them. One line per spec, then the totals: specs generated, specs clean, findings by ruff code,
files black would reformat. Sequential on purpose: generation already uses both cores.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALWORLD = ROOT.parent / "shared" / "realworld"
RUFF = ["--isolated", "--select", "E,F,W,I,UP,B", "--ignore", "E501", "--target-version", "py310"]


def generate(spec: Path, out: Path) -> tuple[bool, list[str], str]:
    for flags in ([], ["--no-validate"]):
        cmd = [sys.executable, "-m", "clientgen", "generate", str(spec), "-o", str(out), "--package-name", "pkg", "--quiet", *flags]
        result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if result.returncode == 0:
            return True, flags, ""
    return False, flags, result.stderr.strip().splitlines()[-1] if result.stderr.strip() else f"exit {result.returncode}"


def lint(sdk: Path) -> tuple[collections.Counter[str], int]:
    ruff = subprocess.run([sys.executable, "-m", "ruff", "check", *RUFF, "--output-format", "json", "."], cwd=sdk, capture_output=True, text=True)
    codes = collections.Counter(str(f["code"]) for f in json.loads(ruff.stdout or "[]"))
    black = subprocess.run([sys.executable, "-m", "black", "--check", "."], cwd=sdk, capture_output=True, text=True)
    return codes, black.stderr.count("would reformat")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("specs", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write one JSON record per spec here")
    args = parser.parse_args()
    specs = args.specs or sorted(p for p in REALWORLD.rglob("*") if p.suffix in (".json", ".yaml", ".yml"))
    if args.limit:
        specs = specs[: args.limit]
    totals: collections.Counter[str] = collections.Counter()
    generated = clean = black_files = 0
    records = []
    for spec in specs:
        with tempfile.TemporaryDirectory(prefix="lint-") as tmp:
            ok, flags, error = generate(spec, Path(tmp) / "sdk")
            record: dict[str, object] = {"spec": str(spec), "generated": ok, "flags": flags}
            if ok:
                generated += 1
                codes, reformat = lint(Path(tmp) / "sdk")
                totals.update(codes)
                black_files += reformat
                clean += not codes and not reformat
                record.update(ruff=dict(codes), black_files=reformat)
                print(f"{spec}: ruff {sum(codes.values())} {dict(codes) or ''} black {reformat}", flush=True)
            else:
                record["error"] = error
                print(f"{spec}: not generated: {error}", flush=True)
            records.append(record)
    print(f"{len(specs)} specs, {generated} generated, {clean} lint-clean; ruff findings {sum(totals.values())} {dict(totals)}; black would reformat {black_files} files")
    if args.json:
        args.json.write_text("".join(json.dumps(r) + "\n" for r in records))
    return 0 if clean == generated else 1


if __name__ == "__main__":
    sys.exit(main())
