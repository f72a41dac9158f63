"""MessageStreamEventVariant5: Occurs when a
[message](https://api.openai.com/docs/api-reference/messages/object) ends before it
is completed.
"""

from typing import Literal

from .._base_model import BaseModel
from .message_object import MessageObject

__all__ = ["MessageStreamEventVariant5"]


class MessageStreamEventVariant5(BaseModel):
    """Occurs when a
    [message](https://api.openai.com/docs/api-reference/messages/object) ends before
    it is completed.
    """

    event: Literal["thread.message.incomplete"]

    data: MessageObject
    """Represents a message within a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """
