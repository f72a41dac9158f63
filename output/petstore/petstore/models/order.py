from datetime import datetime
from typing import Literal

from pydantic import Field

from .._base_model import BaseModel

__all__ = ["Order"]


class Order(BaseModel):
    id: int | None = None

    pet_id: int | None = Field(default=None, alias="petId")
    """Wire name: `petId`."""

    quantity: int | None = None

    ship_date: datetime | None = Field(default=None, alias="shipDate")
    """Wire name: `shipDate`."""

    status: Literal["placed", "approved", "delivered"] | str | None = None
    """Order Status"""

    complete: bool | None = None
