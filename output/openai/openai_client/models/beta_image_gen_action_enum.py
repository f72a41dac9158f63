"""BetaImageGenActionEnum."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaImageGenActionEnum"]

BetaImageGenActionEnum: TypeAlias = Literal["generate", "edit", "auto"] | str
"""BetaImageGenActionEnum"""
