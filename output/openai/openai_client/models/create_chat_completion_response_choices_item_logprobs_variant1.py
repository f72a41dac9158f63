"""CreateChatCompletionResponseChoicesItemLogprobsVariant1: Log probability information
for the choice.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["CreateChatCompletionResponseChoicesItemLogprobsVariant1"]


class CreateChatCompletionResponseChoicesItemLogprobsVariant1(BaseModel):
    """Log probability information for the choice."""

    content: list[ChatCompletionTokenLogprob] | None

    refusal: list[ChatCompletionTokenLogprob] | None


# Imported last so that models referring to each other can load in any order.
from .chat_completion_token_logprob import ChatCompletionTokenLogprob  # noqa: E402
