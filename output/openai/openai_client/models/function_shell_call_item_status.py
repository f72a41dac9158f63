"""FunctionShellCallItemStatus: Status values reported for shell tool calls."""

from typing import Literal, TypeAlias

__all__ = ["FunctionShellCallItemStatus"]

FunctionShellCallItemStatus: TypeAlias = (
    Literal["in_progress", "completed", "incomplete"] | str
)
"""Status values reported for shell tool calls."""
