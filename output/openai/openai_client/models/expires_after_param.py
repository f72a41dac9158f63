"""ExpiresAfterParam: Controls when the session expires relative to an anchor timestamp."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ExpiresAfterParam"]


class ExpiresAfterParam(BaseModel):
    """Controls when the session expires relative to an anchor timestamp."""

    anchor: Literal["created_at"]
    """Base timestamp used to calculate expiration. Currently fixed to `created_at`."""

    seconds: int
    """Number of seconds after the anchor when the session expires."""
