"""CreateContainerBodyExpiresAfter: Container expiration time in seconds relative to the
'anchor' time.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["CreateContainerBodyExpiresAfter"]


class CreateContainerBodyExpiresAfter(BaseModel):
    """Container expiration time in seconds relative to the 'anchor' time."""

    anchor: Literal["last_active_at"]
    """Time anchor for the expiration time. Currently only 'last_active_at' is
    supported.
    """

    minutes: int
