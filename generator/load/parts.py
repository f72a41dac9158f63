"""The parts of a document that validate on their own: path items and schemas.

Structural validation checks each path item and each schema against its own part of the
OpenAPI JSON Schema: whether one is valid depends on its content and its place, never on the
rest of the document. So a part known to be valid can be replaced by `{}`, which is valid in
the same place, and the rest validated without it (see `validate._structural_errors`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# containers whose every entry may be stubbed with `{}` (a valid path item or schema)
_CONTAINERS: tuple[tuple[str, ...], ...] = (("paths",), ("webhooks",), ("components", "schemas"), ("definitions",))


def parts(data: dict[str, Any]) -> list[tuple[tuple[str, ...], str]]:
    """Every part of the document that validates on its own, as (container, key)."""
    found: list[tuple[tuple[str, ...], str]] = []
    for container in _CONTAINERS:
        entries: Any = data
        for key in container:
            entries = entries.get(key) if isinstance(entries, dict) else None
        if isinstance(entries, dict):
            found += [(container, key) for key, value in entries.items() if isinstance(key, str) and isinstance(value, dict) and value]
    return found


def part_of(path: Iterable[object]) -> tuple[tuple[str, ...], str] | None:
    """The part a JSON path (of an error, say) lies in, if any."""
    steps = list(path)
    for container in _CONTAINERS:
        n = len(container)
        key = steps[n] if len(steps) > n else None
        if isinstance(key, str) and tuple(steps[:n]) == container:
            return container, key
    return None


def without(data: dict[str, Any], chosen: Iterable[tuple[tuple[str, ...], str]]) -> dict[str, Any]:
    """A copy of `data` with the chosen parts replaced by `{}`; only the containers on the way are copied."""
    copy = dict(data)
    copied: set[tuple[str, ...]] = {()}
    for container, key in chosen:
        parent = copy
        for depth, step in enumerate(container, 1):
            if container[:depth] not in copied:
                parent[step] = dict(parent[step])
                copied.add(container[:depth])
            parent = parent[step]
        parent[key] = {}
    return copy
