from typing import Annotated, Any

import pydantic

from .._base_model import discriminate
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)
from .chat_completion_response_message import ChatCompletionResponseMessage

__all__ = ["ChatCompletionMessageListDataItem"]


class ChatCompletionMessageListDataItem(ChatCompletionResponseMessage):
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
from .chat_completion_message_custom_tool_call import (  # noqa: E402
    ChatCompletionMessageCustomToolCall as ChatCompletionMessageCustomToolCall,
)
from .chat_completion_message_tool_call import (  # noqa: E402
    ChatCompletionMessageToolCall as ChatCompletionMessageToolCall,
)
from .chat_completion_response_message_annotations_item import (  # noqa: E402
    ChatCompletionResponseMessageAnnotationsItem as ChatCompletionResponseMessageAnnotationsItem,
)
from .chat_completion_response_message_audio_variant1 import (  # noqa: E402
    ChatCompletionResponseMessageAudioVariant1 as ChatCompletionResponseMessageAudioVariant1,
)
from .chat_completion_response_message_function_call import (  # noqa: E402
    ChatCompletionResponseMessageFunctionCall as ChatCompletionResponseMessageFunctionCall,
)
