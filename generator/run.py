"""Run one configured target: generate and write, check (CI), or show what would change."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from . import fingerprint, toolchain
from .errors import ConfigError
from .progress import Progress
from .settings import Settings
from .state import (
    Recorded,
    Summary,
    file_digest,
    manifest_data,
    manifest_files,
    previous_outputs,
    recorded,
    recorded_toolchain,
    reusable,
    save_state,
)
from .write import WriteReport, compute_plan, refuse_edited, unified_diff, write_output

if TYPE_CHECKING:
    from .surface.track import ApiChanges

Mode = Literal["write", "check", "dry-run"]


@dataclass
class Outcome:
    """One target's run: what it wrote, the diff it shows, and how the API changed."""

    settings: Settings
    summary: Summary
    report: WriteReport
    diff: str
    elapsed: float
    api: ApiChanges | None = None  # None when the run stopped early: nothing changed
    toolchain_note: str | None = None  # check: how the toolchain that wrote the folder differs from this one

    @property
    def output(self) -> Path:
        return output_of(self.settings)


def output_of(settings: Settings) -> Path:
    """The folder a generation writes; the command line and the configuration always give one."""
    if settings.output is None:
        raise ConfigError(f"{settings.spec}: no output folder to generate into")
    return settings.output


def run_target(settings: Settings, *, mode: Mode = "write", force: bool = False, diff: bool = False, progress: Progress | None = None) -> Outcome:
    """Generate one target. Only "write" touches the disk; "check" and "dry-run" only compare."""
    started = time.perf_counter()
    missing = [folder for folder in settings.templates if not folder.is_dir()]
    if missing:
        raise ConfigError(f"templates folder not found: {missing[0]}")
    progress = progress or Progress()
    out = output_of(settings)
    options_digest = fingerprint.options_digest(settings)
    manifest = manifest_data(out)  # read once: GitHub's is 1 MB of JSON
    last = recorded(out, manifest)
    if not force:
        summary = _unchanged_since_last_run(out, last, settings.spec, options_digest, manifest)
        if summary is not None:
            report = WriteReport(unchanged=sorted(manifest_files(manifest)), ignored=list(summary.ignored))
            return Outcome(settings, summary, report, "", time.perf_counter() - started)
    from .heap import paused_collections
    from .ir.component_cache import FILE as COMPONENTS_FILE
    from .ir.component_cache import ComponentCache
    from .ir.operation_cache import FILE as OPERATIONS_FILE
    from .ir.operation_cache import OperationCache
    from .pipeline import generate_files  # not needed (nor its imports) when nothing changed
    from .surface.snapshot import PATH as SNAPSHOT_PATH
    from .surface.track import SNAPSHOT_KEY, Tracker, written_snapshot

    try:
        reuse = reusable(out, last, manifest) if last is not None and not force and fingerprint.same_options(last.inputs, options_digest) else {}
        written = written_snapshot(reuse)
        tracker = Tracker(out, written, last.snapshot if written is not None and last is not None else None)
        components = ComponentCache(out / COMPONENTS_FILE, options_digest, reuse=not force)
        if reuse and last is not None:  # the last run's clientgen and options: the same links rule
            components.link_free = last.link_free
        operations = OperationCache(out / OPERATIONS_FILE, reuse=not force)
        generated = generate_files(
            settings,
            previous_outputs(out, manifest),
            progress.step,
            reuse,
            tracker.version if settings.bump else None,
            components,
            operations,
            last.cli_rows if reuse and last is not None else (),
        )
        api, files = generated.api, generated.files
        tracker.known = {**components.digests, **operations.digests}
        progress.step("compare the API with the last run's")
        with paused_collections():  # reading the last snapshot makes a million objects, and no cycle
            changes = tracker.finish(api, files)
        summary = Summary(len(api.operations), len(api.models), api.warnings)
        if mode == "write":
            progress.step(f"write {len(files)} files ({len(generated.reused)} reused)")
            report = write_output(out, files, sources=generated.sources, force=force, unchanged=generated.reused, manifest=manifest)
            inputs = fingerprint.inputs(settings.spec, options_digest, generated.spec_files)
            save_state(out, inputs, summary._replace(ignored=tuple(report.ignored)), {**generated.keys, SNAPSHOT_PATH: SNAPSHOT_KEY}, tracker.found, components.link_free_now, generated.cli_rows)
            components.save()
            operations.save()
            changes.record(out)
            patch = ""
        else:
            progress.step(f"compare {len(files)} files")
            plan = compute_plan(out, files, generated.reused, manifest)
            report, patch = plan.report, unified_diff(plan) if diff else ""
            if mode == "dry-run" and not force:
                refuse_edited(out, report)
    finally:
        progress.done()
    note = toolchain.differences(recorded_toolchain(out)) if mode == "check" and report.stale and out.is_dir() else None
    return Outcome(settings, summary, report, patch, time.perf_counter() - started, changes, note)


def _unchanged_since_last_run(out: Path, last: Recorded | None, spec: Path, options_digest: str | None, manifest: dict[str, Any]) -> Summary | None:
    """The last run's summary if its inputs and every file it wrote (the `manifest` says which) are unchanged, else None."""
    if last is None or not fingerprint.unchanged(last.inputs, spec, options_digest):
        return None
    files = manifest_files(manifest)
    if any(file_digest(out / rel) != value for rel, value in files.items()):
        return None
    return last.summary


def change_lines(report: WriteReport, *, verbose: bool = False) -> list[str]:
    """One `  added    path` line per file that differs (verbose: also ignored and unchanged ones)."""
    edited = set(report.edited)
    rows = [("added", p) for p in report.added] + [("changed", p) for p in report.changed] + [("removed", p) for p in report.removed]
    if verbose:
        rows += [("ignored", p) for p in report.ignored] + [("same", p) for p in report.unchanged]
    return [f"  {status:<8} {path}{' (edited by hand)' if path in edited else ''}" for status, path in rows]
