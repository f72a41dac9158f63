"""BetaReasoningModeEnum."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaReasoningModeEnum"]

BetaReasoningModeEnum: TypeAlias = str | Literal["standard", "pro"] | str
"""BetaReasoningModeEnum"""
