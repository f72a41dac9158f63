from typing import TypeAlias

from .comparison_filter import ComparisonFilter
from .compound_filter import CompoundFilter

__all__ = ["Filters"]

Filters: TypeAlias = ComparisonFilter | CompoundFilter
