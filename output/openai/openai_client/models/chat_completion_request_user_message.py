"""ChatCompletionRequestUserMessage: Messages sent by an end user, containing prompts or
additional context
information.
"""

from typing import Literal

from .._base_model import BaseModel
from .chat_completion_request_user_message_content_part import (
    ChatCompletionRequestUserMessageContentPart,
)

__all__ = ["ChatCompletionRequestUserMessage"]


class ChatCompletionRequestUserMessage(BaseModel):
    """Messages sent by an end user, containing prompts or additional context
    information.
    """

    content: str | list[ChatCompletionRequestUserMessageContentPart]
    """The contents of the user message."""

    role: Literal["user"]
    """The role of the messages author, in this case `user`."""

    name: str | None = None
    """An optional name for the participant. Provides the model information to
    differentiate between participants of the same role.
    """
