"""ChatCompletionMessageListDataItem."""

from __future__ import annotations

import pydantic
from .._base_model import discriminate
from typing import Annotated, Any

from .chat_completion_response_message import ChatCompletionResponseMessage

__all__ = ["ChatCompletionMessageListDataItem"]


class ChatCompletionMessageListDataItem(ChatCompletionResponseMessage):
    """ChatCompletionMessageListDataItem"""

    id: str
    """The identifier of the chat message."""

    content_parts: (
        list[
            Annotated[
                Annotated[
                    ChatCompletionRequestMessageContentPartText,
                    pydantic.Tag("ChatCompletionRequestMessageContentPartText"),
                ]
                | Annotated[
                    ChatCompletionRequestMessageContentPartImage,
                    pydantic.Tag("ChatCompletionRequestMessageContentPartImage"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "text": "ChatCompletionRequestMessageContentPartText",
                        "image_url": "ChatCompletionRequestMessageContentPartImage",
                    },
                ),
            ]
        ]
        | None
    ) = None


# Imported last so that models referring to each other can load in any order.
from .chat_completion_message_custom_tool_call import (
    ChatCompletionMessageCustomToolCall,
)  # noqa: E402
from .chat_completion_message_tool_call import ChatCompletionMessageToolCall  # noqa: E402
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage,
)  # noqa: E402
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)  # noqa: E402
from .chat_completion_response_message_annotations_item import (
    ChatCompletionResponseMessageAnnotationsItem,
)  # noqa: E402
from .chat_completion_response_message_audio_variant1 import (
    ChatCompletionResponseMessageAudioVariant1,
)  # noqa: E402
from .chat_completion_response_message_function_call import (
    ChatCompletionResponseMessageFunctionCall,
)  # noqa: E402
