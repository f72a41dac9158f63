"""MessageObject: Represents a message within a
[thread](https://api.openai.com/docs/api-reference/threads).
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .message_content_image_file_object import MessageContentImageFileObject
from .message_content_image_url_object import MessageContentImageUrlObject
from .message_content_refusal_object import MessageContentRefusalObject
from .message_content_text_object import MessageContentTextObject
from .message_object_attachments_variant1_item import (
    MessageObjectAttachmentsVariant1Item,
)
from .message_object_incomplete_details_variant1 import (
    MessageObjectIncompleteDetailsVariant1,
)
from .metadata import Metadata

__all__ = ["MessageObject"]


class MessageObject(BaseModel):
    """Represents a message within a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["thread.message"]
    """The object type, which is always `thread.message`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the message was created."""

    thread_id: str
    """The [thread](https://api.openai.com/docs/api-reference/threads) ID that this
    message belongs to.
    """

    status: Literal["in_progress", "incomplete", "completed"] | str
    """The status of the message, which can be either `in_progress`, `incomplete`, or
    `completed`.
    """

    incomplete_details: MessageObjectIncompleteDetailsVariant1 | None

    completed_at: int | None

    incomplete_at: int | None

    role: Literal["user", "assistant"] | str
    """The entity that produced the message. One of `user` or `assistant`."""

    content: list[
        Annotated[
            Annotated[
                MessageContentImageFileObject,
                pydantic.Tag("MessageContentImageFileObject"),
            ]
            | Annotated[
                MessageContentImageUrlObject,
                pydantic.Tag("MessageContentImageUrlObject"),
            ]
            | Annotated[
                MessageContentTextObject, pydantic.Tag("MessageContentTextObject")
            ]
            | Annotated[
                MessageContentRefusalObject, pydantic.Tag("MessageContentRefusalObject")
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "image_file": "MessageContentImageFileObject",
                    "image_url": "MessageContentImageUrlObject",
                    "text": "MessageContentTextObject",
                    "refusal": "MessageContentRefusalObject",
                },
            ),
        ]
    ]
    """The content of the message in array of text and/or images."""

    assistant_id: str | None

    run_id: str | None

    attachments: list[MessageObjectAttachmentsVariant1Item] | None

    metadata: Metadata
