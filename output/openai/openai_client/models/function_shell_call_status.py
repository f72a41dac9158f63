"""FunctionShellCallStatus."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["FunctionShellCallStatus"]

FunctionShellCallStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"] | str
"""FunctionShellCallStatus"""
