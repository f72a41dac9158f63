from typing import TypeAlias

from .beta_web_search_approximate_location_web_search_approximate_location import (
    BetaWebSearchApproximateLocationWebSearchApproximateLocation,
)

__all__ = ["BetaWebSearchApproximateLocation"]

BetaWebSearchApproximateLocation: TypeAlias = (
    BetaWebSearchApproximateLocationWebSearchApproximateLocation | None
)
