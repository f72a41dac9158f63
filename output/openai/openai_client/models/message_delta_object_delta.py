"""MessageDeltaObjectDelta: The delta containing the fields that have changed on the
Message.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate

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


# Imported last so that models referring to each other can load in any order.
from .message_delta_content_image_file_object import (  # noqa: E402
    MessageDeltaContentImageFileObject,
)
from .message_delta_content_image_url_object import (  # noqa: E402
    MessageDeltaContentImageUrlObject,
)
from .message_delta_content_refusal_object import (  # noqa: E402
    MessageDeltaContentRefusalObject,
)
from .message_delta_content_text_object import (  # noqa: E402
    MessageDeltaContentTextObject,
)
