"""Diagnostics: the errors and warnings a user can act on, as data (level, message, file, line,
JSON pointer), for the command line to print and a program to read. The IR carries the build's
warnings (`Api.warnings`); every error (generator/errors.py) gives one too."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, get_args

Level = Literal["error", "warning", "internal error"]


@dataclass(frozen=True)
class Diagnostic:
    """One problem: how bad, what, and where (the spec file, its line and the JSON pointer
    within it; a template's file and line; nothing when the command line itself is wrong)."""

    level: Level
    """`error` (the run stops), `warning` (it goes on) or `internal error` (a clientgen bug)."""
    message: str
    """What is wrong, and what clientgen did about it, in one line."""
    file: str | None = None
    """The file it is in, as the user named it (a spec, a file it references, a template)."""
    line: int | None = None
    """The 1-based line in `file`, when known."""
    pointer: str | None = None
    """The JSON pointer (RFC 6901) in `file` of the value concerned, for a spec."""
    details: tuple[str, ...] = field(default=(), compare=False)
    """Further lines, such as each of a validator's findings."""

    def location(self) -> str:
        """`file:line at /pointer`, with what is known of it."""
        where = self.file or ("<spec>" if self.pointer is not None else "")
        if where and self.line is not None:
            where += f":{self.line}"
        if self.pointer is not None:
            where += f" at {self.pointer or '/'}"
        return where

    def render(self) -> str:
        """As the command line prints it: `level: location: message`, then the details indented."""
        where = self.location()
        head = f"{self.level}: {where + ': ' if where else ''}{self.message}"
        return "\n".join([head, *(f"  {d}" for d in self.details)])

    def to_json(self) -> dict[str, Any]:
        return {"level": self.level, "message": self.message, "file": self.file, "line": self.line, "pointer": self.pointer}

    @classmethod
    def from_json(cls, data: Any) -> Diagnostic:
        """The inverse of `to_json`; raises TypeError or ValueError on anything else."""
        level = data["level"]
        if level not in get_args(Level) or not isinstance(data["message"], str):
            raise ValueError(f"not a diagnostic: {data!r}")
        line = data.get("line")
        return cls(level, data["message"], _text(data.get("file")), None if line is None else int(line), _text(data.get("pointer")))


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


class Warn(Protocol):
    """Where the IR builder reports a warning: at `pointer` in the document `base` (a URI; the
    root document when None), or nowhere in particular when `pointer` is None."""

    def __call__(self, message: str, pointer: str | None = None, base: str | None = None) -> None: ...
