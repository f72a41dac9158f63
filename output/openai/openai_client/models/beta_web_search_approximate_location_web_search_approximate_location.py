"""BetaWebSearchApproximateLocationWebSearchApproximateLocation: The approximate
location of the user.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaWebSearchApproximateLocationWebSearchApproximateLocation"]


class BetaWebSearchApproximateLocationWebSearchApproximateLocation(BaseModel):
    """The approximate location of the user."""

    type: Literal["approximate"] | None = None
    """The type of location approximation. Always `approximate`."""

    country: str | None = None

    region: str | None = None

    city: str | None = None

    timezone: str | None = None
