"""The built-in templates as a catalog: their names, their blocks, and copying them out.

The runtime modules, copied into every SDK as they are, are listed too, by the name an overlay
replaces them with (`client/package/_runtime.py`; see generator/render/verbatim.py)."""

from __future__ import annotations

import fnmatch
import shutil
from collections.abc import Sequence
from pathlib import Path

from jinja2 import nodes

from ..errors import ConfigError
from ..settings import BUILTIN_TEMPLATES
from . import verbatim
from .plan import environment


def builtin_names() -> list[str]:
    """Every built-in template, as the name `{% extends %}` and `--templates` overlays use, and
    every runtime module, as the name an overlay replaces it with."""
    templates = [p.relative_to(BUILTIN_TEMPLATES).as_posix() for p in BUILTIN_TEMPLATES.rglob("*.j2") if p.is_file()]
    return sorted(templates + verbatim.builtin_names())


def _path(name: str) -> Path:
    return verbatim.builtin_path(name) if name in verbatim.builtin_names() else BUILTIN_TEMPLATES / name


def blocks(name: str) -> list[str]:
    """The `{% block %}` names a template defines, in source order (none for a runtime module)."""
    if not name.endswith(".j2"):
        return []
    env = environment()
    source = (BUILTIN_TEMPLATES / name).read_text("utf-8")
    return [b.name for b in env.parse(source, name).find_all(nodes.Block)]


def select(patterns: Sequence[str]) -> list[str]:
    """Built-in names matching any pattern (an exact name, a folder like `docs/`, or a glob)."""
    names = builtin_names()
    if not patterns:
        return names
    chosen: list[str] = []
    for pattern in patterns:
        prefix = pattern.rstrip("/") + "/"
        hits = [n for n in names if n == pattern or n.startswith(prefix) or fnmatch.fnmatchcase(n, pattern)]
        if not hits:
            raise ConfigError(f"no built-in template matches {pattern!r}; run `clientgen templates list` to see them")
        chosen.extend(h for h in hits if h not in chosen)
    return chosen


def export(dest: Path, patterns: Sequence[str] = (), *, force: bool = False) -> list[str]:
    """Copy built-in templates into `dest`, keeping their relative paths; never overwrite unless forced."""
    names = select(patterns)
    existing = [n for n in names if (dest / n).exists()]
    if existing and not force:
        raise ConfigError(f"{dest / existing[0]} already exists; pass --force to overwrite ({len(existing)} file(s) in the way)")
    for name in names:
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_path(name), target)
    return names
