"""BetaPromptCacheTTLEnum."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaPromptCacheTTLEnum"]

BetaPromptCacheTTLEnum: TypeAlias = Literal["30m"]
"""BetaPromptCacheTTLEnum"""
