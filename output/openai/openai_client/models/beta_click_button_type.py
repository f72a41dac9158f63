"""BetaClickButtonType."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaClickButtonType"]

BetaClickButtonType: TypeAlias = Literal["left", "right", "wheel", "back", "forward"] | str
"""BetaClickButtonType"""
