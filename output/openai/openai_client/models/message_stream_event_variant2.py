"""MessageStreamEventVariant2: Occurs when a
[message](https://api.openai.com/docs/api-reference/messages/object) moves to an
`in_progress` state.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .message_object import MessageObject  # noqa: E402
