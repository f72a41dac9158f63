"""A function run in a forked process while this one goes on, its result read back through a pipe.

This is all that the validation and the render split need of multiprocessing. Importing that
package (and socket, selectors, subprocess, secrets with it) took a twentieth of a typical run.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from collections.abc import Callable
from typing import Any


def can_fork() -> bool:
    """Whether this platform forks (not Windows)."""
    return hasattr(os, "fork")


class Forked:
    """`target(*args)` in a forked process, started at once.

    `result()` waits for its return value and raises EOFError if the target raised, or the
    process died or was killed. `close()` kills the process if it still runs: call it in a
    `finally`, as a daemon process would be stopped at exit.
    """

    def __init__(self, target: Callable[..., Any], *args: Any) -> None:
        _flush_std_streams()  # else the child could write this process's buffered output again
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: it never returns into its caller's code
            status = 1
            try:
                os.close(read)
                data = pickle.dumps(target(*args), protocol=pickle.HIGHEST_PROTOCOL)
                with open(write, "wb") as pipe:
                    pipe.write(data)
                status = 0
            except BaseException:  # noqa: BLE001, S110 - the parent sees no result and does the work itself
                pass
            finally:
                _flush_std_streams()
                os._exit(status)
        os.close(write)
        self._pid: int | None = pid
        self._read = read

    def result(self) -> Any:
        """The target's return value, once it is done; EOFError if there is none."""
        with open(self._read, "rb", closefd=False) as pipe:
            data = pipe.read()
        self.close()
        try:
            return pickle.loads(data)  # noqa: S301 - pickled by our own forked process
        except Exception:
            raise EOFError("the forked process ended without a result") from None

    def close(self) -> None:
        """Stop the process (if it still runs) and release it and its pipe."""
        if self._pid is None:
            return
        try:
            os.kill(self._pid, signal.SIGKILL)
        except ProcessLookupError:  # pragma: no cover - it is a zombie until waited for
            pass
        os.waitpid(self._pid, 0)
        os.close(self._read)
        self._pid = None


def _flush_std_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
