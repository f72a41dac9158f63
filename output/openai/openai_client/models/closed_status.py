"""ClosedStatus: Indicates that a thread has been closed."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ClosedStatus"]


class ClosedStatus(BaseModel):
    """Indicates that a thread has been closed."""

    type: Literal["closed"]
    """Status discriminator that is always `closed`."""

    reason: str | None
