"""BetaMetadata."""

from __future__ import annotations

from typing_extensions import TypeAlias

__all__ = ["BetaMetadata"]

BetaMetadata: TypeAlias = dict[str, str] | None
"""BetaMetadata"""
