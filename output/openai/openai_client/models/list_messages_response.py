from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ListMessagesResponse"]


class ListMessagesResponse(BaseModel):
    object: str

    data: list[MessageObject]

    first_id: str

    last_id: str

    has_more: bool


# Imported last so that models referring to each other can load in any order.
from .message_object import MessageObject  # noqa: E402
