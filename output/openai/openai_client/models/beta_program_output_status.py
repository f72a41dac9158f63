"""BetaProgramOutputStatus."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaProgramOutputStatus"]

BetaProgramOutputStatus: TypeAlias = Literal["completed", "incomplete"] | str
"""BetaProgramOutputStatus"""
