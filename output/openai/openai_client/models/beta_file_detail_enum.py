"""BetaFileDetailEnum."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaFileDetailEnum"]

BetaFileDetailEnum: TypeAlias = Literal["auto", "low", "high"] | str
"""BetaFileDetailEnum"""
