from typing import TypeAlias

from .web_search_approximate_location_web_search_approximate_location import (
    WebSearchApproximateLocationWebSearchApproximateLocation,
)

__all__ = ["WebSearchApproximateLocation"]

WebSearchApproximateLocation: TypeAlias = (
    WebSearchApproximateLocationWebSearchApproximateLocation | None
)
