"""BetaSearchContextSize."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaSearchContextSize"]

BetaSearchContextSize: TypeAlias = Literal["low", "medium", "high"] | str
"""BetaSearchContextSize"""
