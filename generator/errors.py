"""Diagnostics: the errors and warnings a user can act on, each saying where it happened.

A `Diagnostic` is one problem as data (level, message, file, line, JSON pointer), for the
command line to print and a program to read. Errors are exceptions that carry one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

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
        if level not in ("error", "warning", "internal error") or not isinstance(data["message"], str):
            raise ValueError(f"not a diagnostic: {data!r}")
        line = data.get("line")
        return cls(level, data["message"], _text(data.get("file")), None if line is None else int(line), _text(data.get("pointer")))


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


class Warn(Protocol):
    """Where the IR builder reports a warning: at `pointer` in the document `base` (a URI; the
    root document when None), or nowhere in particular when `pointer` is None."""

    def __call__(self, message: str, pointer: str | None = None, base: str | None = None) -> None: ...


class ClientgenError(Exception):
    """Base of every error the command line shows as a message instead of a traceback."""

    exit_code = 2

    def diagnostic(self) -> Diagnostic:
        return Diagnostic("error", str(self))

    def render(self) -> str:
        return self.diagnostic().render()


@dataclass
class SpecError(ClientgenError):
    """The spec (or a file it references) is unreadable, invalid or unsupported."""

    message: str
    file: str | None = None
    pointer: str | None = None
    line: int | None = None
    details: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def diagnostic(self) -> Diagnostic:
        return Diagnostic("error", self.message, self.file or "<spec>", self.line, self.pointer, self.details)

    def location(self) -> str:
        return self.diagnostic().location()


class ConfigError(ClientgenError):
    """Bad command-line arguments or configuration."""


class OutputError(ClientgenError):
    """The output folder cannot be written safely."""


class HookError(ClientgenError):
    """A user's hook failed; the message names it."""


class TemplateError(ClientgenError):
    """A template (built-in or an overlay's) failed to compile or render."""

    def __init__(self, message: str, name: str | None, line: int | None) -> None:
        super().__init__(message)
        self.name, self.line = name or "<template>", line

    def diagnostic(self) -> Diagnostic:
        return Diagnostic("error", str(self), self.name, self.line or None)


class FormatError(ClientgenError):
    """Generated Python that black cannot parse: a clientgen bug."""

    exit_code = 1

    def diagnostic(self) -> Diagnostic:
        return Diagnostic("internal error", str(self))


def pointer_join(*parts: str | int) -> str:
    """Build a JSON pointer (RFC 6901) from raw keys."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def pointer_split(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]
