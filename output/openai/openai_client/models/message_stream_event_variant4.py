"""MessageStreamEventVariant4: Occurs when a
[message](https://api.openai.com/docs/api-reference/messages/object) is completed.
"""

from typing import Literal

from .._base_model import BaseModel
from .message_object import MessageObject

__all__ = ["MessageStreamEventVariant4"]


class MessageStreamEventVariant4(BaseModel):
    """Occurs when a
    [message](https://api.openai.com/docs/api-reference/messages/object) is
    completed.
    """

    event: Literal["thread.message.completed"]

    data: MessageObject
    """Represents a message within a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """
