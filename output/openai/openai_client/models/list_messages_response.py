from .._base_model import BaseModel
from .message_object import MessageObject

__all__ = ["ListMessagesResponse"]


class ListMessagesResponse(BaseModel):
    object: str

    data: list[MessageObject]

    first_id: str

    last_id: str

    has_more: bool
