"""The errors a user can act on, each saying where it happened: every one gives its
`Diagnostic` (generator/ir/diagnostic.py), which the command line prints."""

from __future__ import annotations

from dataclasses import dataclass

from .ir.diagnostic import Diagnostic, Warn

__all__ = ["ClientgenError", "ConfigError", "Diagnostic", "FormatError", "HookError", "OutputError", "SpecError", "TemplateError", "Warn"]


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
    pointer = ""
    for part in parts:  # the IR builder joins tens of thousands: escaping only keys that need it is a third faster
        key = str(part)
        if "~" in key or "/" in key:
            key = key.replace("~", "~0").replace("/", "~1")
        pointer += "/" + key
    return pointer


def pointer_split(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]
