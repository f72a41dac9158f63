"""BetaModerationMode."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaModerationMode"]

BetaModerationMode: TypeAlias = Literal["score", "block"] | str
"""BetaModerationMode"""
