"""PromptCacheTTLEnum."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["PromptCacheTTLEnum"]

PromptCacheTTLEnum: TypeAlias = Literal["30m"]
"""PromptCacheTTLEnum"""
