"""Garbage collection around the phases that make millions of objects and no reference cycles
(parsing the spec, building the IR, reading the last snapshot): collections there find nothing
and took up to two thirds of the time."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_collections() -> Iterator[None]:
    """No garbage collection meanwhile: building an IR (and its snapshot) allocates a few million
    objects and frees few, and collections that find nothing took a tenth of `clientgen diff`
    and a third of the IR build in `generate`."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Leave the objects alive now (the parsed spec: millions, and no cycles) out of garbage
    collections until the run ends; forked processes then share their pages untouched too."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextmanager
def paused_then_frozen() -> Iterator[None]:
    """`paused_collections`, and what is alive at its end frozen (see `frozen_heap`, which thaws
    it) before collections resume: else the first collection after the pause walks every object
    made meanwhile (after building GitHub's IR, a seventh of a second to find a few thousand)."""
    with paused_collections():
        try:
            yield
        finally:
            gc.freeze()


YOUNG_THRESHOLD = 100_000  # allocations between collections of the youngest generation (Python's default: 700)


def for_a_short_process() -> None:
    """Collect the youngest generation less often. The default suits a long-lived program; a run's
    imports alone (modules, classes, functions: alive until exit) set off some fifty collections,
    a twentieth of a typical run, and the rest of the run mostly makes objects that live on too.
    At this threshold a typical run makes no collection at all (at 20,000, set after the command
    line's imports, one that walked them all: 2.4 ms); the phases that make millions of objects
    pause collections anyway. Cycles are still collected, later. Only for the `clientgen` process
    itself, called first (see `launch`)."""
    gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])


def left_for_exit() -> None:
    """Leave everything alive now to the process's exit: the run's spec and IR are garbage by then,
    held in reference cycles, and the collection the interpreter makes as it stops freed them one
    by one (a fifth of a second of a regeneration of GitHub's client, after its work was done).
    Frozen objects are out of every collection, that last one included; the operating system
    takes the memory back at once. Only for a process that is about to exit."""
    gc.freeze()
