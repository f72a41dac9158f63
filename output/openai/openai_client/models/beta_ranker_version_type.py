"""BetaRankerVersionType."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaRankerVersionType"]

BetaRankerVersionType: TypeAlias = Literal["auto", "default-2024-11-15"] | str
"""BetaRankerVersionType"""
