"""ChatCompletionRequestSystemMessage: Developer-provided instructions that the model
should follow, regardless of
messages sent by the user. With o1 models and newer, use `developer` messages
for this purpose instead.
"""

from typing import Literal

from .._base_model import BaseModel
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)

__all__ = ["ChatCompletionRequestSystemMessage"]


class ChatCompletionRequestSystemMessage(BaseModel):
    """Developer-provided instructions that the model should follow, regardless of
    messages sent by the user. With o1 models and newer, use `developer` messages
    for this purpose instead.
    """

    content: str | list[ChatCompletionRequestMessageContentPartText]
    """The contents of the system message."""

    role: Literal["system"]
    """The role of the messages author, in this case `system`."""

    name: str | None = None
    """An optional name for the participant. Provides the model information to
    differentiate between participants of the same role.
    """
