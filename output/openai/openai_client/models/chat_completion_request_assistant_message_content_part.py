from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .chat_completion_request_message_content_part_refusal import (
    ChatCompletionRequestMessageContentPartRefusal,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)

__all__ = ["ChatCompletionRequestAssistantMessageContentPart"]

ChatCompletionRequestAssistantMessageContentPart: TypeAlias = Annotated[
    Annotated[
        ChatCompletionRequestMessageContentPartText,
        pydantic.Tag("ChatCompletionRequestMessageContentPartText"),
    ]
    | Annotated[
        ChatCompletionRequestMessageContentPartRefusal,
        pydantic.Tag("ChatCompletionRequestMessageContentPartRefusal"),
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "text": "ChatCompletionRequestMessageContentPartText",
            "refusal": "ChatCompletionRequestMessageContentPartRefusal",
        },
    ),
]
