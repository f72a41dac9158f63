"""MessageStreamEventVariant2: Occurs when a
[message](https://api.openai.com/docs/api-reference/messages/object) moves to an
`in_progress` state.
"""

from typing import Literal

from .._base_model import BaseModel
from .message_object import MessageObject

__all__ = ["MessageStreamEventVariant2"]


class MessageStreamEventVariant2(BaseModel):
    """Occurs when a
    [message](https://api.openai.com/docs/api-reference/messages/object) moves to an
    `in_progress` state.
    """

    event: Literal["thread.message.in_progress"]

    data: MessageObject
    """Represents a message within a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """
