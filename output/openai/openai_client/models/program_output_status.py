"""ProgramOutputStatus."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["ProgramOutputStatus"]

ProgramOutputStatus: TypeAlias = Literal["completed", "incomplete"] | str
"""ProgramOutputStatus"""
