"""BetaPromptCacheModeEnum."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaPromptCacheModeEnum"]

BetaPromptCacheModeEnum: TypeAlias = Literal["implicit", "explicit"] | str
"""BetaPromptCacheModeEnum"""
