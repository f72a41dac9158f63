from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .chat_completion_request_assistant_message import (
    ChatCompletionRequestAssistantMessage,
)
from .chat_completion_request_developer_message import (
    ChatCompletionRequestDeveloperMessage,
)
from .chat_completion_request_function_message import (
    ChatCompletionRequestFunctionMessage,
)
from .chat_completion_request_system_message import ChatCompletionRequestSystemMessage
from .chat_completion_request_tool_message import ChatCompletionRequestToolMessage
from .chat_completion_request_user_message import ChatCompletionRequestUserMessage

__all__ = ["ChatCompletionRequestMessage"]

ChatCompletionRequestMessage: TypeAlias = Annotated[
    Annotated[
        ChatCompletionRequestDeveloperMessage,
        pydantic.Tag("ChatCompletionRequestDeveloperMessage"),
    ]
    | Annotated[
        ChatCompletionRequestSystemMessage,
        pydantic.Tag("ChatCompletionRequestSystemMessage"),
    ]
    | Annotated[
        ChatCompletionRequestUserMessage,
        pydantic.Tag("ChatCompletionRequestUserMessage"),
    ]
    | Annotated[
        ChatCompletionRequestAssistantMessage,
        pydantic.Tag("ChatCompletionRequestAssistantMessage"),
    ]
    | Annotated[
        ChatCompletionRequestToolMessage,
        pydantic.Tag("ChatCompletionRequestToolMessage"),
    ]
    | Annotated[
        ChatCompletionRequestFunctionMessage,
        pydantic.Tag("ChatCompletionRequestFunctionMessage"),
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "role",
        "role",
        {
            "developer": "ChatCompletionRequestDeveloperMessage",
            "system": "ChatCompletionRequestSystemMessage",
            "user": "ChatCompletionRequestUserMessage",
            "assistant": "ChatCompletionRequestAssistantMessage",
            "tool": "ChatCompletionRequestToolMessage",
            "function": "ChatCompletionRequestFunctionMessage",
        },
    ),
]
