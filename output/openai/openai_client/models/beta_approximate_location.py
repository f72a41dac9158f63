from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaApproximateLocation"]


class BetaApproximateLocation(BaseModel):
    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`."""

    country: str | None = None

    region: str | None = None

    city: str | None = None

    timezone: str | None = None
