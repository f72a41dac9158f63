"""`CHANGELOG.md` in the output folder: one section per run that changed the API, newest first.

clientgen owns one line of the file, the marker comment; it inserts each new section right below it
and leaves every other byte as it was, so sections and notes written by hand stay. The file is not
in the manifest (its content is not one run's output, so "edited by hand" means nothing for it).
A `CHANGELOG.md` without the marker is someone else's: clientgen does not touch it and says so, as
it does not touch one listed in `.clientgenignore`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from .compare import LEVELS, Changes

FILE = "CHANGELOG.md"
MARKER = "<!-- clientgen: a regeneration that changes the API adds its section below this line; edit the rest freely -->"
HEADER = f"# Changelog\n\nChanges to the SDK's API, as clientgen found them when it regenerated the SDK.\n\n{MARKER}\n"
TITLES = {"breaking": "Breaking", "non-breaking": "Non-breaking", "patch": "Patch"}

Outcome = Literal["added", "ignored", "not-ours"]


def section(changes: Changes, version: str, api_version: str, previous_api_version: str) -> str:
    """The Markdown section for one run's changes."""
    api = f"API version {api_version}" + (f" (was {previous_api_version})" if previous_api_version != api_version else "")
    lines = [f"## {version}", "", f"{api}: {changes.summary()}.", ""]
    for level in LEVELS:
        items = [c for c in changes.items if c.level == level]
        if items:
            lines += [f"### {TITLES[level]}", ""] + [f"- {c.message} ({c.rule})" for c in items] + [""]
    return "\n".join(lines)


def insert(existing: str | None, new_section: str) -> str | None:
    """The file with `new_section` below the marker; None when `existing` has no marker (not ours)."""
    if existing is None:
        existing = HEADER
    at = existing.find(MARKER + "\n")
    if at < 0:
        return None
    cut = at + len(MARKER) + 1
    return existing[:cut] + "\n" + new_section + existing[cut:]


def record(out: Path, new_section: str) -> Outcome:
    """Add `new_section` to the output folder's CHANGELOG.md, if clientgen may."""
    from ..state import atomic_write, is_ignored, read_ignore  # the writer's; `clientgen diff` writes nothing

    if is_ignored(FILE, read_ignore(out)):
        return "ignored"
    path = out / FILE
    try:
        existing: str | None = path.read_bytes().decode("utf-8")  # bytes as they are: CRLF stays CRLF
    except FileNotFoundError:
        existing = None
    except UnicodeDecodeError:
        return "not-ours"
    updated = insert(existing, new_section)
    if updated is None:
        return "not-ours"
    atomic_write(path, updated.encode("utf-8"))
    return "added"
