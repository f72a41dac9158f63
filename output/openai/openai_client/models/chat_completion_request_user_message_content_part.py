from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .chat_completion_request_message_content_part_audio import (
    ChatCompletionRequestMessageContentPartAudio,
)
from .chat_completion_request_message_content_part_file import (
    ChatCompletionRequestMessageContentPartFile,
)
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)

__all__ = ["ChatCompletionRequestUserMessageContentPart"]

ChatCompletionRequestUserMessageContentPart: TypeAlias = Annotated[
    Annotated[
        ChatCompletionRequestMessageContentPartText,
        pydantic.Tag("ChatCompletionRequestMessageContentPartText"),
    ]
    | Annotated[
        ChatCompletionRequestMessageContentPartImage,
        pydantic.Tag("ChatCompletionRequestMessageContentPartImage"),
    ]
    | Annotated[
        ChatCompletionRequestMessageContentPartAudio,
        pydantic.Tag("ChatCompletionRequestMessageContentPartAudio"),
    ]
    | Annotated[
        ChatCompletionRequestMessageContentPartFile,
        pydantic.Tag("ChatCompletionRequestMessageContentPartFile"),
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "text": "ChatCompletionRequestMessageContentPartText",
            "image_url": "ChatCompletionRequestMessageContentPartImage",
            "input_audio": "ChatCompletionRequestMessageContentPartAudio",
            "file": "ChatCompletionRequestMessageContentPartFile",
        },
    ),
]
