"""BetaFunctionCallOutputStatusEnum."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaFunctionCallOutputStatusEnum"]

BetaFunctionCallOutputStatusEnum: TypeAlias = (
    Literal["in_progress", "completed", "incomplete"] | str
)
"""BetaFunctionCallOutputStatusEnum"""
