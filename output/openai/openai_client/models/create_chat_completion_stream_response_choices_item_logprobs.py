"""CreateChatCompletionStreamResponseChoicesItemLogprobs: Log probability information
for the choice.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["CreateChatCompletionStreamResponseChoicesItemLogprobs"]


class CreateChatCompletionStreamResponseChoicesItemLogprobs(BaseModel):
    """Log probability information for the choice."""

    content: list[ChatCompletionTokenLogprob] | None
    """A list of message content tokens with log probability information."""

    refusal: list[ChatCompletionTokenLogprob] | None
    """A list of message refusal tokens with log probability information."""


# Imported last so that models referring to each other can load in any order.
from .chat_completion_token_logprob import ChatCompletionTokenLogprob  # noqa: E402
