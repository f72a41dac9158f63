"""WebSearchApproximateLocation."""

from __future__ import annotations

from .web_search_approximate_location_web_search_approximate_location import (
    WebSearchApproximateLocationWebSearchApproximateLocation,
)
from typing_extensions import TypeAlias

__all__ = ["WebSearchApproximateLocation"]

WebSearchApproximateLocation: TypeAlias = (
    WebSearchApproximateLocationWebSearchApproximateLocation | None
)
"""WebSearchApproximateLocation"""
