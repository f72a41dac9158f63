"""The `clientgen` command and `python -m clientgen`: the collector is tuned for a short
process (see `heap.for_a_short_process`) before the command line's modules are imported."""

from __future__ import annotations


def main() -> int:
    """Run the command line on this process's arguments; its exit status."""
    from .heap import for_a_short_process

    for_a_short_process()  # first: importing the command line's modules set off twenty collections
    from .cli import main as command

    return command()
