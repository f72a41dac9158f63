"""MessageStreamEventVariant3: Occurs when parts of a
[Message](https://api.openai.com/docs/api-reference/messages/object) are being
streamed.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["MessageStreamEventVariant3"]


class MessageStreamEventVariant3(BaseModel):
    """Occurs when parts of a
    [Message](https://api.openai.com/docs/api-reference/messages/object) are being
    streamed.
    """

    event: Literal["thread.message.delta"]

    data: MessageDeltaObject
    """Represents a message delta i.e. any changed fields on a message during streaming."""


# Imported last so that models referring to each other can load in any order.
from .message_delta_object import MessageDeltaObject  # noqa: E402
