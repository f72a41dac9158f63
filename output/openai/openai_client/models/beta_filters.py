from typing import TypeAlias

from .beta_comparison_filter import BetaComparisonFilter
from .beta_compound_filter import BetaCompoundFilter

__all__ = ["BetaFilters"]

BetaFilters: TypeAlias = BetaComparisonFilter | BetaCompoundFilter
