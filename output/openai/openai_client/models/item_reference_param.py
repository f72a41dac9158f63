"""ItemReferenceParam: An internal identifier for an item to reference."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ItemReferenceParam"]


class ItemReferenceParam(BaseModel):
    """An internal identifier for an item to reference."""

    type: Literal["item_reference"] | None = None

    id: str
    """The ID of the item to reference."""
