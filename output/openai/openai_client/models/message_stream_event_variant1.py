"""MessageStreamEventVariant1: Occurs when a
[message](https://api.openai.com/docs/api-reference/messages/object) is created.
"""

from typing import Literal

from .._base_model import BaseModel
from .message_object import MessageObject

__all__ = ["MessageStreamEventVariant1"]


class MessageStreamEventVariant1(BaseModel):
    """Occurs when a
    [message](https://api.openai.com/docs/api-reference/messages/object) is created.
    """

    event: Literal["thread.message.created"]

    data: MessageObject
    """Represents a message within a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """
