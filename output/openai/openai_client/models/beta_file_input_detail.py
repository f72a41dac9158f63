"""BetaFileInputDetail."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaFileInputDetail"]

BetaFileInputDetail: TypeAlias = Literal["auto", "low", "high"] | str
"""BetaFileInputDetail"""
