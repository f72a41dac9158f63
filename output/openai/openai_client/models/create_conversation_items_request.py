from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["CreateConversationItemsRequest"]


class CreateConversationItemsRequest(BaseModel):
    items: list[InputItem]
    """The items to add to the conversation. You may add up to 20 items at a time."""


# Imported last so that models referring to each other can load in any order.
from .input_item import InputItem  # noqa: E402
