"""Filters."""

from __future__ import annotations

from .comparison_filter import ComparisonFilter
from .compound_filter import CompoundFilter
from typing_extensions import TypeAlias

__all__ = ["Filters"]

Filters: TypeAlias = ComparisonFilter | CompoundFilter
"""Filters"""
