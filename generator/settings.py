"""What one generation is told, from the command line and the configuration to every stage.

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
class Settings:
    """One generation's settings: a configured target with the command line's flags over it
    (see `config` and `cli`), read as they are by the pipeline's stages."""

    spec: Path
    """The OpenAPI document."""
    output: Path | None = None
    """The output folder; None when nothing is written (`clientgen diff` and `validate`)."""
    name: str = ""
    """The target's name in the configuration (`--target`)."""
    package_name: str | None = None
    """The import name; default: from the API's title."""
    project_name: str | None = None
    """The distribution name, normalized; default: the package name with dashes."""
    project_version: str | None = None
    """The distribution version; default: from the API's `info.version`."""
    templates: tuple[Path, ...] = ()
    """Template folders over the built-in ones, the first one winning."""
    hooks: str | None = None
    """A module name or a `.py` path with FILTERS and `process_api` (see `hooks`)."""
    base_dir: Path = field(default_factory=Path.cwd)
    """The configuration's folder: where a module-name `hooks` is imported from."""
    validation: Depth = "structural"
    """How far to validate the document."""
    allow_outside_refs: bool = False
    """Whether a `$ref` may reach a file outside the spec's folder."""
    bump: bool = False
    """Set the project version from the API's changes (see `surface.version`)."""

    def shaping(self) -> dict[str, object]:
        """The settings that shape the generated files (the spec and where they go aside):
        a run with the same ones, spec and clientgen writes the same bytes."""
        return {
            "package_name": self.package_name,
            "project_name": self.project_name,
            "project_version": self.project_version,
            "templates": self.templates,
            "hooks": self.hooks,
            "validation": self.validation,
            "allow_outside_refs": self.allow_outside_refs,
        }
