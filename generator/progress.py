"""Progress for long runs: one status line on a terminal, stage timings with --verbose."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """`step("render")` ends the previous stage and starts the next; `done()` ends the last."""

    def __init__(self, label: str = "", *, live: bool = False, verbose: bool = False, stream: TextIO | None = None) -> None:
        self.label = label
        self.live = live
        self.verbose = verbose
        self.stream = stream or sys.stderr
        self.timings: list[tuple[str, float]] = []
        self._current: str | None = None
        self._started = 0.0

    @classmethod
    def for_terminal(cls, label: str, *, quiet: bool, verbose: bool) -> Progress:
        live = not quiet and sys.stderr.isatty()
        return cls(label, live=live, verbose=verbose and not quiet)

    def step(self, name: str) -> None:
        self._finish()
        self._current, self._started = name, time.perf_counter()
        if self.live:
            self.stream.write(f"\r\x1b[K{self.label}: {name}...")
            self.stream.flush()

    def done(self) -> None:
        self._finish()
        if self.live:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def _finish(self) -> None:
        if self._current is None:
            return
        elapsed = time.perf_counter() - self._started
        self.timings.append((self._current, elapsed))
        if self.verbose:
            prefix = "\r\x1b[K" if self.live else ""
            self.stream.write(f"{prefix}{self.label}: {self._current} {elapsed:.2f} s\n")
            self.stream.flush()
        self._current = None
