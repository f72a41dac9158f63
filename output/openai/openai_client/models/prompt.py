"""Prompt."""

from __future__ import annotations

from .prompt_variant1 import PromptVariant1
from typing_extensions import TypeAlias

__all__ = ["Prompt"]

Prompt: TypeAlias = PromptVariant1 | None
"""Prompt"""
