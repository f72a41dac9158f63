"""black in a forked process, imported there while this process builds the IR and renders.

Importing black takes a fifth of a second, and nearly every run needs it for the few
statements the templates cannot lay out (see `layout.Layout`). `black_in_parallel()` forks a
process that imports black at once and then formats what it is sent; on a second core, the
import costs the run nothing. Wherever that process is missing (no fork, a forked renderer, it
died, it failed), black runs here instead, with the same result: black is deterministic.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection

_worker: _Worker | None = None


class _Worker:
    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        self.owner = os.getpid()
        self.conn, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs,), daemon=True)
        self.process.start()
        theirs.close()

    def format(self, sources: Sequence[tuple[str, int]]) -> list[str] | None:
        try:
            self.conn.send(list(sources))
            reply: list[str] | None = self.conn.recv()
        except (EOFError, OSError):
            return None
        return reply

    def close(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


@contextmanager
def black_in_parallel() -> Iterator[None]:
    """Meanwhile, `format_all` sends its work to a process that imported black in parallel."""
    global _worker
    if _worker is not None or "fork" not in multiprocessing.get_all_start_methods():
        yield
        return
    _worker = _Worker()
    try:
        yield
    finally:
        _worker.close()
        _worker = None


def format_all(sources: Sequence[tuple[str, int]]) -> list[str]:
    """black's output for each (source, line length), in order."""
    worker = _worker
    if worker is not None and worker.owner == os.getpid():
        done = worker.format(sources)
        if done is not None:
            return done
    return [_format(source, width) for source, width in sources]  # an error in black is raised here


def _format(source: str, width: int) -> str:
    import black

    from .layout import black_mode

    return black.format_str(source, mode=black_mode(width))


def _serve(conn: Connection) -> None:
    try:
        import black  # noqa: F401 - the point of this process
    except ImportError:
        conn.close()
        return
    while True:
        try:
            sources = conn.recv()
        except EOFError:
            return
        try:
            reply: list[str] | None = [_format(source, width) for source, width in sources]
        except Exception:  # noqa: BLE001 - the parent runs black itself and reports the error
            reply = None
        conn.send(reply)
