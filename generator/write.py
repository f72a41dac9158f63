"""Write generated files atomically, only inside the output folder, and only files we own.

A run rewrites only changed files, removes only files it generated before (the manifest says
which: `generator/state.py`), and refuses to overwrite a file that exists but was not generated
by us (or was edited since), unless forced. Paths matched by `.clientgenignore` belong to the
user: they are never written, removed or reported as stale.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import OutputError
from .state import (
    IGNORE_FILE,
    MANIFEST,
    STATE,
    TMP_SUFFIX,
    atomic_write,
    checked_relpath,
    digest,
    is_ignored,
    manifest_data,
    manifest_files,
    owned,
    read_ignore,
    save_manifest,
)
from .toolchain import toolchain


@dataclass
class WriteReport:
    """What `write_output` did to each path of the output folder."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # generated, but the user owns them (.clientgenignore)
    edited: list[str] = field(default_factory=list)  # changed or removed, but not as clientgen wrote them

    @property
    def stale(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def summary(self) -> str:
        text = (
            f"{len(self.added)} added, {len(self.changed)} changed, "
            f"{len(self.removed)} removed, {len(self.unchanged)} unchanged"
        )
        return text + (f", {len(self.ignored)} ignored" if self.ignored else "")


@dataclass
class WritePlan:
    """What a run would do to the output folder."""

    report: WriteReport
    to_write: dict[str, bytes]
    current: dict[str, bytes]  # what is on disk now, for every path that would change or go
    owned_now: dict[str, str]  # path -> hash, for files on disk now that clientgen wrote
    digests: dict[str, str] = field(default_factory=dict)  # path -> hash of its new bytes, where known without hashing them again

    def digest_of(self, rel: str, text: str) -> str:
        """The hash of `text`, the new text of `rel`."""
        found = self.digests.get(rel)
        if found is None:
            found = self.digests[rel] = digest(text.encode("utf-8"))
        return found


def compute_plan(out: Path, files: dict[str, str], unchanged: Collection[str] = (), manifest: dict[str, Any] | None = None) -> WritePlan:
    """Compare what would be written with the disk. Never raises for edited files; see `refuse_edited`.

    `unchanged` names files known to be on disk as `files` has them (read a moment ago, their
    bytes the hash the manifest records). `manifest`: the folder's `manifest_data`, if read already.
    """
    data = manifest_data(out) if manifest is None else manifest
    mine = owned(data)
    recorded = manifest_files(data)
    ignore = read_ignore(out)
    plan = WritePlan(WriteReport(), {}, {}, {})
    report = plan.report
    root = out.resolve()
    folders: dict[Path, Path] = {}
    for rel in sorted(files):
        checked_relpath(rel)
        if is_ignored(rel, ignore):
            report.ignored.append(rel)
            continue
        if rel in unchanged:
            report.unchanged.append(rel)
            if rel in recorded:
                plan.digests[rel] = recorded[rel]
            continue
        new = files[rel].encode("utf-8")
        target = out / rel
        if not _real(target, folders).is_relative_to(root):
            raise OutputError(f"refusing to write outside the output folder: {rel!r}")
        if target.is_file():
            current = target.read_bytes()
            if current == new:
                report.unchanged.append(rel)
                continue
            plan.current[rel] = current
            found = digest(current)  # once: the snapshot is 5 MB on GitHub
            if found in mine.get(rel, ()):
                plan.owned_now[rel] = found
            else:
                report.edited.append(rel)
            report.changed.append(rel)
        elif target.exists():
            raise OutputError(f"{target} exists and is not a file")
        else:
            report.added.append(rel)
        plan.to_write[rel] = new
        plan.digests[rel] = digest(new)
    for rel in sorted(set(recorded) - set(files)):
        checked_relpath(rel)
        target = out / rel
        if is_ignored(rel, ignore) or not target.is_file():
            continue
        current = plan.current[rel] = target.read_bytes()
        found = digest(current)
        if found in mine.get(rel, ()):
            plan.owned_now[rel] = found
        else:
            report.edited.append(rel)
        report.removed.append(rel)
    report.edited.sort()
    return plan


def _real(target: Path, folders: dict[Path, Path]) -> Path:
    """`target.resolve()`, with each folder resolved once (in `folders`): GitHub's 7,669 files share
    a few folders, and resolving each path component by component took 0.3 s."""
    folder = folders.get(target.parent)
    if folder is None:
        folder = folders[target.parent] = target.parent.resolve()
    real = folder / target.name
    return real.resolve() if real.is_symlink() else real


def refuse_edited(out: Path, report: WriteReport) -> None:
    conflicts = report.edited
    if conflicts:
        shown = ", ".join(conflicts[:5]) + (f" and {len(conflicts) - 5} more" if len(conflicts) > 5 else "")
        raise OutputError(
            f"{out}: would overwrite or remove files that clientgen did not write or that were edited by hand: "
            f"{shown}. Move them away, list them in {IGNORE_FILE} to keep your version, or pass --force to replace them."
        )


def unified_diff(plan: WritePlan) -> str:
    """A unified diff from the disk to what would be generated (`a/` is the disk)."""
    import difflib  # only `--diff` needs it: not every run's import

    chunks: list[str] = []
    report = plan.report
    for rel in sorted(report.added + report.changed + report.removed):
        old = plan.current.get(rel, b"").decode("utf-8", "replace").splitlines(keepends=True)
        new = plan.to_write.get(rel, b"").decode("utf-8").splitlines(keepends=True)
        before = "/dev/null" if rel in report.added else f"a/{rel}"
        after = "/dev/null" if rel in report.removed else f"b/{rel}"
        for line in difflib.unified_diff(old, new, before, after):
            chunks.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(chunks)


def _remove_stale_temporaries(out: Path, folders: set[str]) -> None:
    """Temporary files a killed run left behind (only ours: `.<name>.<pid>-<n>.clientgen-tmp`), in
    `folders` (relative paths, "" for `out` itself)."""
    for folder in folders:
        try:
            entries = list(os.scandir(out / folder))  # not glob: a folder of GitHub's docs holds 3,800 pages
        except OSError:  # not there, or not a folder
            continue
        for entry in entries:
            if entry.name.startswith(".") and entry.name.endswith(TMP_SUFFIX) and len(entry.name) > len(TMP_SUFFIX):
                Path(entry.path).unlink(missing_ok=True)


def write_output(
    out: Path,
    files: dict[str, str],
    *,
    sources: dict[str, str] | None = None,
    force: bool = False,
    unchanged: Collection[str] = (),
    manifest: dict[str, Any] | None = None,
) -> WriteReport:
    """Write `files` (see the module's docstring); `unchanged` and `manifest` as for `compute_plan`."""
    old = manifest_data(out) if manifest is None else manifest
    plan = compute_plan(out, files, unchanged, old)
    if not force:
        refuse_edited(out, plan.report)
    report = plan.report
    _remove_stale_temporaries(out, {rel.rpartition("/")[0] for rel in files} | {MANIFEST.rpartition("/")[0]})
    if plan.to_write or report.removed:
        (out / STATE).unlink(missing_ok=True)  # it describes the files about to change
        # Say what may appear before touching anything: a run killed halfway leaves files that
        # the next run still recognises as its own.
        kept = {rel: h for rel, h in manifest_files(old).items() if rel not in plan.current}
        same = {rel: plan.digest_of(rel, files[rel]) for rel in report.unchanged}  # on disk already, maybe from a killed run
        pending = {rel: plan.digests[rel] for rel in plan.to_write}
        save_manifest(out, {**old, "files": {**kept, **same, **plan.owned_now}, "pending": pending})
    added = set(report.added)
    for rel, data in plan.to_write.items():
        atomic_write(out / rel, data, new=rel in added)
    for rel in report.removed:
        (out / rel).unlink(missing_ok=True)
    written = {rel for rel in files if rel not in report.ignored}
    manifest = {
        "generator": "clientgen",
        "toolchain": toolchain(),
        "files": {rel: plan.digest_of(rel, files[rel]) for rel in sorted(written)},
        "sources": dict(sorted((k, v) for k, v in (sources or {}).items() if k in written)),
    }
    save_manifest(out, manifest)
    return report
