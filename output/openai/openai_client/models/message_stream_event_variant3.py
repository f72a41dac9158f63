"""MessageStreamEventVariant3: Occurs when parts of a
[Message](https://api.openai.com/docs/api-reference/messages/object) are being
streamed.
"""

from typing import Literal

from .._base_model import BaseModel
from .message_delta_object import MessageDeltaObject

__all__ = ["MessageStreamEventVariant3"]


class MessageStreamEventVariant3(BaseModel):
    """Occurs when parts of a
    [Message](https://api.openai.com/docs/api-reference/messages/object) are being
    streamed.
    """

    event: Literal["thread.message.delta"]

    data: MessageDeltaObject
    """Represents a message delta i.e. any changed fields on a message during streaming."""
