"""MessageDeltaObjectDelta: The delta containing the fields that have changed on the
Message.
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .message_delta_content_image_file_object import MessageDeltaContentImageFileObject
from .message_delta_content_image_url_object import MessageDeltaContentImageUrlObject
from .message_delta_content_refusal_object import MessageDeltaContentRefusalObject
from .message_delta_content_text_object import MessageDeltaContentTextObject

__all__ = ["MessageDeltaObjectDelta"]


class MessageDeltaObjectDelta(BaseModel):
    """The delta containing the fields that have changed on the Message."""

    role: Literal["user", "assistant"] | str | None = None
    """The entity that produced the message. One of `user` or `assistant`."""

    content: (
        list[
            Annotated[
                Annotated[
                    MessageDeltaContentImageFileObject,
                    pydantic.Tag("MessageDeltaContentImageFileObject"),
                ]
                | Annotated[
                    MessageDeltaContentTextObject,
                    pydantic.Tag("MessageDeltaContentTextObject"),
                ]
                | Annotated[
                    MessageDeltaContentRefusalObject,
                    pydantic.Tag("MessageDeltaContentRefusalObject"),
                ]
                | Annotated[
                    MessageDeltaContentImageUrlObject,
                    pydantic.Tag("MessageDeltaContentImageUrlObject"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "image_file": "MessageDeltaContentImageFileObject",
                        "text": "MessageDeltaContentTextObject",
                        "refusal": "MessageDeltaContentRefusalObject",
                        "image_url": "MessageDeltaContentImageUrlObject",
                    },
                ),
            ]
        ]
        | None
    ) = None
    """The content of the message in array of text and/or images."""
