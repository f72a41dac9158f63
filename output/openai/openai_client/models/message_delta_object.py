"""MessageDeltaObject: Represents a message delta i.e. any changed fields on a message
during streaming.
"""

from typing import Literal

from .._base_model import BaseModel
from .message_delta_object_delta import MessageDeltaObjectDelta

__all__ = ["MessageDeltaObject"]


class MessageDeltaObject(BaseModel):
    """Represents a message delta i.e. any changed fields on a message during streaming."""

    id: str
    """The identifier of the message, which can be referenced in API endpoints."""

    object: Literal["thread.message.delta"]
    """The object type, which is always `thread.message.delta`."""

    delta: MessageDeltaObjectDelta
    """The delta containing the fields that have changed on the Message."""
