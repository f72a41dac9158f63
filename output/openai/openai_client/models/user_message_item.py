"""UserMessageItem: User-authored messages within a thread."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .attachment import Attachment
from .inference_options import InferenceOptions
from .user_message_input_text import UserMessageInputText
from .user_message_quoted_text import UserMessageQuotedText

__all__ = ["UserMessageItem"]


class UserMessageItem(BaseModel):
    """User-authored messages within a thread."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.user_message"]

    content: list[
        Annotated[
            Annotated[UserMessageInputText, pydantic.Tag("UserMessageInputText")]
            | Annotated[UserMessageQuotedText, pydantic.Tag("UserMessageQuotedText")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "input_text": "UserMessageInputText",
                    "quoted_text": "UserMessageQuotedText",
                },
            ),
        ]
    ]
    """Ordered content elements supplied by the user."""

    attachments: list[Attachment]
    """Attachments associated with the user message. Defaults to an empty list."""

    inference_options: InferenceOptions | None
