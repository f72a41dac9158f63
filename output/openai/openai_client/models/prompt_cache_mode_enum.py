"""PromptCacheModeEnum."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["PromptCacheModeEnum"]

PromptCacheModeEnum: TypeAlias = Literal["implicit", "explicit"] | str
"""PromptCacheModeEnum"""
