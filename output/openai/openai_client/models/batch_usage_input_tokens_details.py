"""BatchUsageInputTokensDetails: A detailed breakdown of the input tokens."""

from .._base_model import BaseModel

__all__ = ["BatchUsageInputTokensDetails"]


class BatchUsageInputTokensDetails(BaseModel):
    """A detailed breakdown of the input tokens."""

    cached_tokens: int
    """The number of tokens that were retrieved from the cache. [More on
    prompt caching](https://api.openai.com/docs/guides/prompt-caching).
    """
