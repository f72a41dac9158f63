"""What one run is told: the options, and where the built-in templates live.

Kept free of heavy imports: a run that finds nothing changed needs only this.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Depth = Literal["none", "structural", "full"]  # how far to validate the document

BUILTIN_TEMPLATES = Path(__file__).resolve().parent / "templates"
if not BUILTIN_TEMPLATES.is_dir():  # running from a source checkout
    BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@dataclass(frozen=True)
class Options:
    package: str | None = None
    project: str | None = None
    validation: Depth = "structural"
    templates: tuple[Path, ...] = field(default=())
    allow_outside_refs: bool = False
    project_version: str | None = None  # default: the API's version
    hooks: str | None = None  # module name or .py path (see generator.hooks)
    hooks_dir: Path | None = None  # where a module-name `hooks` is imported from
