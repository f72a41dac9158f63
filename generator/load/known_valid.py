"""Parts of a document that an earlier run validated, so that a run after an edit validates
only what changed.

Structural validation checks each path item and each schema against its own part of the
OpenAPI JSON Schema: whether one is valid depends on its content and its place, never on the
rest of the document. So a part whose digest (of its place and content) an earlier run saw
pass can be replaced by `{}`, which is valid in the same place, before validating the rest.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from importlib.metadata import version
from typing import Any

# containers whose every entry may be stubbed with `{}` (a valid path item or schema)
_CONTAINERS = (("paths",), ("webhooks",), ("components", "schemas"), ("definitions",))


def _entries(data: dict[str, Any]) -> Iterator[tuple[tuple[str, ...], str, Any]]:
    for container in _CONTAINERS:
        found: Any = data
        for key in container:
            found = found.get(key) if isinstance(found, dict) else None
        if isinstance(found, dict):
            for key, value in found.items():
                if isinstance(key, str) and isinstance(value, dict) and value:
                    yield container, key, value


def parts(data: dict[str, Any]) -> list[tuple[tuple[str, ...], str]]:
    """Every part of the document that validates on its own, as (container, key)."""
    return [(container, key) for container, key, _ in _entries(data)]


def part_of(path: Iterable[object]) -> tuple[tuple[str, ...], str] | None:
    """The part a JSON path (of an error, say) lies in, if any."""
    steps = list(path)
    for container in _CONTAINERS:
        n = len(container)
        key = steps[n] if len(steps) > n else None
        if isinstance(key, str) and tuple(steps[:n]) == container:
            return container, key
    return None


def _canonical(value: object) -> str:
    # a YAML date and the string it reads as validate differently: keep them apart
    return f"\x00{type(value).__name__}:{value!r}"


def digests(data: dict[str, Any], salt: str) -> dict[tuple[tuple[str, ...], str], str]:
    """{(container, key): digest} of every part that validates on its own."""
    salt = f"{salt}\0{version('openapi-spec-validator')}"
    found = {}
    for container, key, value in _entries(data):
        try:
            text = json.dumps([salt, container, key, value], sort_keys=True, default=_canonical, ensure_ascii=False)
        except (TypeError, ValueError, RecursionError):  # e.g. keys of mixed types: always validate it
            continue
        found[(container, key)] = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return found


def without(data: dict[str, Any], parts: Iterable[tuple[tuple[str, ...], str]]) -> dict[str, Any]:
    """A copy of `data` with these parts replaced by `{}`; only the containers on the way are copied."""
    copy = dict(data)
    copied: set[tuple[str, ...]] = {()}
    for container, key in parts:
        parent = copy
        for depth, step in enumerate(container, 1):
            if container[:depth] not in copied:
                parent[step] = dict(parent[step])
                copied.add(container[:depth])
            parent = parent[step]
        parent[key] = {}
    return copy
