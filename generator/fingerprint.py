"""What a run's output depends on, so that a run with nothing changed can stop early.

The state (`state.save_state`) records the digest of every spec file read, of the options and
of the code and templates that generate (clientgen's own files, overlays, the toolchain's versions).
When all of them and every generated file on disk are as recorded, regenerating would rewrite
the same bytes.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .settings import BUILTIN_TEMPLATES, Settings
from .state import file_digest
from .toolchain import toolchain

_GENERATOR = Path(__file__).resolve().parent


def _tree_digest(folders: list[Path]) -> str:
    """The digest of every file under `folders` (bytecode caches aside), with its path and size."""
    h = hashlib.sha256()
    for folder in folders:
        for rel in _files(str(folder)):
            with open(os.path.join(folder, rel), "rb") as file:  # os and open, not pathlib: every run reads ~200 files
                data = file.read()
            h.update(f"{rel}\0{len(data)}\0".encode())
            h.update(data)
    return h.hexdigest()


def _files(folder: str) -> list[str]:
    """The paths, relative to `folder` and with `/`, of the files under it outside `__pycache__`, sorted."""
    found = []
    for top, subfolders, names in os.walk(folder):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        rel = os.path.relpath(top, folder).replace(os.sep, "/")
        found += [name if rel == "." else f"{rel}/{name}" for name in names if not name.endswith(".pyc")]
    return sorted(found)


@functools.cache
def code_digest() -> str:
    """The digest of clientgen's own files (they do not change while it runs)."""
    return _tree_digest([_GENERATOR])


def options_digest(settings: Settings) -> str | None:
    """The digest of everything besides the spec that shapes the output; None when unknowable
    (hooks are arbitrary code)."""
    if settings.hooks:
        return None
    shaping = repr(sorted((k, repr(v)) for k, v in settings.shaping().items()))
    inside = BUILTIN_TEMPLATES.is_relative_to(_GENERATOR)  # installed, the built-in templates are part of `code_digest`
    code = code_digest() + _tree_digest([*([] if inside else [BUILTIN_TEMPLATES]), *settings.templates])
    return hashlib.sha256(f"{sorted(toolchain().items())}\0{shaping}\0{code}".encode()).hexdigest()


def same_options(recorded: Any, options: str | None) -> bool:
    """Whether the last run (its recorded `inputs`) ran with this run's `options_digest`:
    the same settings, templates and clientgen, so what it rendered holds for this run."""
    return options is not None and isinstance(recorded, dict) and recorded.get("options") == options


def unchanged(recorded: Any, spec: Path, options: str | None) -> bool:
    """Whether the inputs recorded by the last run (see `inputs`) are all still the same;
    `options` is this run's `options_digest`."""
    if not same_options(recorded, options) or not isinstance(recorded.get("files"), dict):
        return False
    if recorded.get("spec") != str(spec.resolve()):
        return False
    sizes = recorded.get("sizes")
    if isinstance(sizes, dict) and any(_size(path) != size for path, size in sizes.items()):
        return False  # before reading them: GitHub's spec, 13 MB, takes a fiftieth of a second to hash
    return all(file_digest(Path(path)) == value for path, value in recorded["files"].items())


def _size(path: str) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:
        return None


def inputs(spec: Path, options: str | None, spec_files: Mapping[Path, str]) -> dict[str, Any] | None:
    """What to record: the spec generated from, the options' digest, every file read and its digest."""
    if options is None:
        return None
    files = {str(path.resolve()): value for path, value in sorted(spec_files.items())}
    # each file's size now, which only ever tells the next run that a file changed: one that
    # changed since it was read shows this size with its old digest, and is read again then
    sizes = {path: _size(path) for path in files}
    return {"spec": str(spec.resolve()), "options": options, "files": files, "sizes": sizes}
