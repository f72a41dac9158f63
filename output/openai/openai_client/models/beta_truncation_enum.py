"""BetaTruncationEnum."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaTruncationEnum"]

BetaTruncationEnum: TypeAlias = Literal["auto", "disabled"] | str
"""BetaTruncationEnum"""
