"""ActiveStatus: Indicates that a thread is active."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ActiveStatus"]


class ActiveStatus(BaseModel):
    """Indicates that a thread is active."""

    type: Literal["active"]
    """Status discriminator that is always `active`."""
