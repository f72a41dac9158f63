"""ChatCompletionModeration: Moderation results or errors for the request input and
generated output.
"""

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .chat_completion_moderation_error import ChatCompletionModerationError
from .chat_completion_moderation_results import ChatCompletionModerationResults

__all__ = ["ChatCompletionModeration"]


class ChatCompletionModeration(BaseModel):
    """Moderation results or errors for the request input and generated output."""

    input: Annotated[
        Annotated[
            ChatCompletionModerationResults,
            pydantic.Tag("ChatCompletionModerationResults"),
        ]
        | Annotated[
            ChatCompletionModerationError, pydantic.Tag("ChatCompletionModerationError")
        ]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "moderation_results": "ChatCompletionModerationResults",
                "error": "ChatCompletionModerationError",
            },
        ),
    ]
    """Moderation for the request input."""

    output: Annotated[
        Annotated[
            ChatCompletionModerationResults,
            pydantic.Tag("ChatCompletionModerationResults"),
        ]
        | Annotated[
            ChatCompletionModerationError, pydantic.Tag("ChatCompletionModerationError")
        ]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "moderation_results": "ChatCompletionModerationResults",
                "error": "ChatCompletionModerationError",
            },
        ),
    ]
    """Moderation for the generated output."""
