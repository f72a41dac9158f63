"""CompletionUsage: Usage statistics for the completion request."""

from .._base_model import BaseModel
from .completion_usage_completion_tokens_details import (
    CompletionUsageCompletionTokensDetails,
)
from .completion_usage_prompt_tokens_details import CompletionUsagePromptTokensDetails

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
