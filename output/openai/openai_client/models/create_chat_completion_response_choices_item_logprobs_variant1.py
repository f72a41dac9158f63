"""CreateChatCompletionResponseChoicesItemLogprobsVariant1: Log probability information
for the choice.
"""

from .._base_model import BaseModel
from .chat_completion_token_logprob import ChatCompletionTokenLogprob

__all__ = ["CreateChatCompletionResponseChoicesItemLogprobsVariant1"]


class CreateChatCompletionResponseChoicesItemLogprobsVariant1(BaseModel):
    """Log probability information for the choice."""

    content: list[ChatCompletionTokenLogprob] | None

    refusal: list[ChatCompletionTokenLogprob] | None
