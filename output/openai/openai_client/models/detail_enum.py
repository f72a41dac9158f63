"""DetailEnum."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["DetailEnum"]

DetailEnum: TypeAlias = Literal["low", "high", "auto", "original"] | str
"""DetailEnum"""
