"""CompletionUsagePromptTokensDetails: Breakdown of tokens used in the prompt."""

from .._base_model import BaseModel

__all__ = ["CompletionUsagePromptTokensDetails"]


class CompletionUsagePromptTokensDetails(BaseModel):
    """Breakdown of tokens used in the prompt."""

    audio_tokens: int | None = None
    """Audio input tokens present in the prompt."""

    cached_tokens: int | None = None
    """Cached tokens present in the prompt."""

    text_tokens: int | None = None
    """Text input tokens present in the prompt."""

    image_tokens: int | None = None
    """Image input tokens present in the prompt."""

    cache_write_tokens: int | None = None
    """The unadjusted number of prompt tokens written to cache."""
