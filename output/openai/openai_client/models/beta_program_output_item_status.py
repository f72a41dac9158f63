"""BetaProgramOutputItemStatus."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaProgramOutputItemStatus"]

BetaProgramOutputItemStatus: TypeAlias = Literal["completed", "incomplete"] | str
"""BetaProgramOutputItemStatus"""
