"""Format generated Python with black, in-process, in parallel, and only when needed.

Files the built-in templates lay out themselves (generator/render/layout.py) are already
black's output and skip black. A file whose unformatted text is unchanged since the last run
(the manifest records a hash of it) keeps its formatted text from disk: black is
deterministic, so the result would be the same bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping

from .errors import FormatError
from .render.layout import LINE_LENGTH, black_mode
from .render.split import cores
from .toolchain import toolchain

FORMATTER = f"black {toolchain()['black']} py310 line-length {LINE_LENGTH}"
_PARALLEL_THRESHOLD = 200  # files; below this a process pool costs more than it saves


def source_hash(text: str) -> str:
    return hashlib.sha256((FORMATTER + "\0" + text).encode("utf-8")).hexdigest()


def format_python(path: str, source: str) -> str:
    """Black-format one module; a failure here is a generator bug, reported with the path."""
    import black  # here: most runs format nothing, and black takes a fifth of a second to import
    from black.parsing import InvalidInput

    try:
        return black.format_str(source, mode=black_mode())
    except InvalidInput as exc:
        raise FormatError(f"generated {path} is not valid Python ({exc}); please report this") from None


def _format_batch(batch: list[tuple[str, str]]) -> list[str]:
    return [format_python(path, text) for path, text in batch]


def format_files(
    files: Mapping[str, str],
    previous: Mapping[str, tuple[str, str]] | None = None,
    *,
    laid_out: Collection[str] = (),
) -> tuple[dict[str, str], dict[str, str]]:
    """Return (formatted files, source hash of every .py file black formatted).

    `previous` maps a path to (source hash, formatted text) from the last run; `laid_out`
    names the files that are black's output already.
    """
    previous = previous or {}
    out: dict[str, str] = {}
    hashes: dict[str, str] = {}
    todo: list[tuple[str, str]] = []
    for path, text in files.items():
        if not path.endswith(".py") or path in laid_out:
            out[path] = text
            continue
        digest = hashes[path] = source_hash(text)
        known = previous.get(path)
        if known is not None and known[0] == digest:
            out[path] = known[1]
        else:
            todo.append((path, text))
    workers = cores()
    if len(todo) < _PARALLEL_THRESHOLD or workers == 1:
        results = _format_batch(todo)
    else:
        # interleave so every worker gets a similar mix of large and small files
        from concurrent.futures import ProcessPoolExecutor  # here: only an overlay's many files get this far

        batches = [todo[i::workers * 4] for i in range(workers * 4)]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            done = list(pool.map(_format_batch, batches))
        by_path = {p: r for batch, res in zip(batches, done, strict=True) for (p, _), r in zip(batch, res, strict=True)}
        results = [by_path[p] for p, _ in todo]
    for (path, _), formatted in zip(todo, results, strict=True):
        out[path] = formatted
    return {p: out[p] for p in files}, hashes
