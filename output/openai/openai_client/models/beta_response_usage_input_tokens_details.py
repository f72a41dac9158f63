"""BetaResponseUsageInputTokensDetails: A detailed breakdown of the input tokens."""

from .._base_model import BaseModel

__all__ = ["BetaResponseUsageInputTokensDetails"]


class BetaResponseUsageInputTokensDetails(BaseModel):
    """A detailed breakdown of the input tokens."""

    cached_tokens: int
    """The number of tokens that were retrieved from the cache.
    [More on prompt caching](https://api.openai.com/docs/guides/prompt-caching).
    """

    cache_write_tokens: int
    """The number of input tokens that were written to the cache."""
