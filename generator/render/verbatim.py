"""The runtime modules each SDK gets as they are (generator/runtime/), and the overlays that replace them.

A module's overlay name is `client/package/<module>.py`: an overlay folder holding a file of
that name replaces the built-in module, copied as it is (and laid out by black, as any overlay's
output). The name the module had when it was a template, `client/package/<module>.py.j2`, still
works too: that file is rendered as a Jinja template. The first overlay folder holding either
name wins; in one folder, the `.py` file does.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from ..runtime import MODULES, SOURCE

PREFIX = "client/package/"


def builtin_names() -> list[str]:
    """The runtime modules' overlay names (`client/package/_runtime.py`, ...)."""
    return [f"{PREFIX}{module}.py" for module in MODULES]


def builtin_path(name: str) -> Path:
    """The source file of a runtime module's overlay name."""
    return SOURCE / name.removeprefix(PREFIX)


class Source(NamedTuple):
    """Where one runtime module's text comes from."""

    text: str = ""  # the file's text to copy, unless `template` is set
    template: str | None = None  # an overlay's Jinja template to render instead (the old `.py.j2` name)
    builtin: bool = True  # the built-in module (already black's layout), not an overlay's


def source(name: str, overlays: Sequence[Path]) -> Source:
    """The text (or the overlay template) an SDK's runtime module comes from."""
    for folder in overlays:
        copied = folder / name
        if copied.is_file():
            return Source(copied.read_text("utf-8"), builtin=False)
        if (folder / f"{name}.j2").is_file():
            return Source(template=f"{name}.j2", builtin=False)
    return Source(builtin_path(name).read_text("utf-8"))
