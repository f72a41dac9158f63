"""`clientgen diff OLD NEW`: two specs (or a committed snapshot and a spec) compared, nothing
generated; the report as Markdown (the CHANGELOG's section) or JSON."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Literal

from ..forked import Forked, can_fork
from ..heap import paused_collections
from ..pipeline import surface_api
from ..settings import Settings
from .compare import LEVELS, Changes, compare
from .snapshot import Snapshot, loads, snapshot
from .track import ApiChanges
from .version import bump

Format = Literal["markdown", "json"]


def load(path: Path, settings: Settings) -> Snapshot:
    """A spec's surface, or a snapshot file (`.clientgen/api.json`) as it is."""
    if path.suffix == ".json":
        try:
            found = loads(path.read_text("utf-8"), str(path))
        except (OSError, UnicodeDecodeError):
            found = None
        if found is not None:
            return found
    api = surface_api(replace(settings, spec=path))
    with paused_collections():
        return snapshot(api, api.distribution.version)


def load_both(old_path: Path, new_path: Path, settings: Settings) -> tuple[Snapshot, Snapshot]:
    """Both surfaces, the old one in a forked process while this one reads the new: building
    the IR of a large spec takes a second or two, and the two builds share nothing. Where fork
    is missing, or the process dies or fails, the old one is read here too (and so raises its error here)."""
    if not can_fork():
        return load(old_path, settings), load(new_path, settings)
    old = Forked(load, old_path, settings)
    try:
        new = load(new_path, settings)
        try:
            return old.result(), new
        except EOFError:
            return load(old_path, settings), new
    finally:
        old.close()


def diff(old_path: Path, new_path: Path, settings: Settings) -> ApiChanges:
    old, new = load_both(old_path, new_path, settings)
    changes: Changes = compare(old, new)
    version = str(old["sdk_version"])
    return ApiChanges(changes, version, version, bump(version, changes.level), str(new["api_version"]), str(old["api_version"]))


def render(found: ApiChanges, fmt: Format) -> str:
    if fmt == "markdown":
        return found.section()
    changes = found.changes
    data = {
        "counts": {level: changes.count(level) for level in LEVELS},
        "level": changes.level,
        "api_version": {"old": found.previous_api_version, "new": found.api_version},
        "next_version": found.next_version,
        "changes": [{"level": c.level, "rule": c.rule, "subject": c.subject, "message": c.message} for c in changes.items],
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"
