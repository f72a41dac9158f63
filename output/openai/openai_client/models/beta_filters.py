"""BetaFilters."""

from __future__ import annotations

from .beta_comparison_filter import BetaComparisonFilter
from .beta_compound_filter import BetaCompoundFilter
from typing_extensions import TypeAlias

__all__ = ["BetaFilters"]

BetaFilters: TypeAlias = BetaComparisonFilter | BetaCompoundFilter
"""BetaFilters"""
