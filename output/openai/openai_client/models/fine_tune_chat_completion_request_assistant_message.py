from typing import Literal

from .chat_completion_request_assistant_message import (
    ChatCompletionRequestAssistantMessage,
)

__all__ = ["FineTuneChatCompletionRequestAssistantMessage"]


class FineTuneChatCompletionRequestAssistantMessage(
    ChatCompletionRequestAssistantMessage
):
    weight: Literal[0, 1] | int | None = None
    """Controls whether the assistant message is trained against (0 or 1)"""


# Imported last so that models referring to each other can load in any order.
from .chat_completion_message_tool_calls import (  # noqa: E402
    ChatCompletionMessageToolCalls as ChatCompletionMessageToolCalls,
)
from .chat_completion_request_assistant_message_audio_variant1 import (  # noqa: E402
    ChatCompletionRequestAssistantMessageAudioVariant1 as ChatCompletionRequestAssistantMessageAudioVariant1,
)
from .chat_completion_request_assistant_message_content_part import (  # noqa: E402
    ChatCompletionRequestAssistantMessageContentPart as ChatCompletionRequestAssistantMessageContentPart,
)
from .chat_completion_request_assistant_message_function_call_variant1 import (  # noqa: E402
    ChatCompletionRequestAssistantMessageFunctionCallVariant1 as ChatCompletionRequestAssistantMessageFunctionCallVariant1,
)
