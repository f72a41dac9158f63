"""CompletionUsage: Usage statistics for the completion request."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["CompletionUsage"]


class CompletionUsage(BaseModel):
    """Usage statistics for the completion request."""

    completion_tokens: int
    """Number of tokens in the generated completion."""

    prompt_tokens: int
    """Number of tokens in the prompt."""

    total_tokens: int
    """Total number of tokens used in the request (prompt + completion)."""

    completion_tokens_details: CompletionUsageCompletionTokensDetails | None = None
    """Breakdown of tokens used in a completion."""

    prompt_tokens_details: CompletionUsagePromptTokensDetails | None = None
    """Breakdown of tokens used in the prompt."""


# Imported last so that models referring to each other can load in any order.
from .completion_usage_completion_tokens_details import (  # noqa: E402
    CompletionUsageCompletionTokensDetails,
)
from .completion_usage_prompt_tokens_details import (  # noqa: E402
    CompletionUsagePromptTokensDetails,
)
