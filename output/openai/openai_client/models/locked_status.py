"""LockedStatus: Indicates that a thread is locked and cannot accept new input."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["LockedStatus"]


class LockedStatus(BaseModel):
    """Indicates that a thread is locked and cannot accept new input."""

    type: Literal["locked"]
    """Status discriminator that is always `locked`."""

    reason: str | None
