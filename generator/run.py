"""Run one configured target: generate and write, check (CI), or show what would change."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Literal

from generator.config import Target
from generator.errors import ConfigError
from generator.ir.model import Api
from generator.pipeline import Options, generate_files
from generator.progress import Progress
from generator.write import WriteReport, compute_plan, previous_outputs, refuse_edited, unified_diff, write_output

Mode = Literal["write", "check", "dry-run"]


@dataclass
class Outcome:
    target: Target
    api: Api
    report: WriteReport
    diff: str
    elapsed: float


def options_for(target: Target) -> Options:
    return Options(
        package=target.package_name,
        project=target.project_name,
        project_version=target.project_version,
        validation=target.validation,
        templates=target.templates,
        allow_outside_refs=target.allow_outside_refs,
        hooks=target.hooks,
        hooks_dir=target.base_dir,
    )


def run_target(target: Target, *, mode: Mode = "write", force: bool = False, diff: bool = False, progress: Progress | None = None) -> Outcome:
    """Generate one target. Only "write" touches the disk; "check" and "dry-run" only compare."""
    started = time.perf_counter()
    missing = [folder for folder in target.templates if not folder.is_dir()]
    if missing:
        raise ConfigError(f"templates folder not found: {missing[0]}")
    progress = progress or Progress()
    out = target.output
    try:
        api, files, sources = generate_files(target.spec, options_for(target), previous_outputs(out), progress.step)
        if mode == "write":
            progress.step(f"write {len(files)} files")
            report, patch = write_output(out, files, sources=sources, force=force), ""
        else:
            progress.step(f"compare {len(files)} files")
            plan = compute_plan(out, files)
            report, patch = plan.report, unified_diff(plan) if diff else ""
            if mode == "dry-run" and not force:
                refuse_edited(out, report)
    finally:
        progress.done()
    return Outcome(target, api, report, patch, time.perf_counter() - started)


def change_lines(report: WriteReport, *, verbose: bool = False) -> list[str]:
    """One `  added    path` line per file that differs (verbose: also ignored and unchanged ones)."""
    edited = set(report.edited)
    rows = [("added", p) for p in report.added] + [("changed", p) for p in report.changed] + [("removed", p) for p in report.removed]
    if verbose:
        rows += [("ignored", p) for p in report.ignored] + [("same", p) for p in report.unchanged]
    return [f"  {status:<8} {path}{' (edited by hand)' if path in edited else ''}" for status, path in rows]
