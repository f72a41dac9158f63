"""BetaWebSearchApproximateLocation."""

from __future__ import annotations

from .beta_web_search_approximate_location_web_search_approximate_location import (
    BetaWebSearchApproximateLocationWebSearchApproximateLocation,
)
from typing_extensions import TypeAlias

__all__ = ["BetaWebSearchApproximateLocation"]

BetaWebSearchApproximateLocation: TypeAlias = (
    BetaWebSearchApproximateLocationWebSearchApproximateLocation | None
)
"""BetaWebSearchApproximateLocation"""
