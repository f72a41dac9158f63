"""BetaPrompt."""

from __future__ import annotations

from .beta_prompt_variant1 import BetaPromptVariant1
from typing_extensions import TypeAlias

__all__ = ["BetaPrompt"]

BetaPrompt: TypeAlias = BetaPromptVariant1 | None
"""BetaPrompt"""
