"""ProgramOutputItemStatus."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["ProgramOutputItemStatus"]

ProgramOutputItemStatus: TypeAlias = Literal["completed", "incomplete"] | str
"""ProgramOutputItemStatus"""
