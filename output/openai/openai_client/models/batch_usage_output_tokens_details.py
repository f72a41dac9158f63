"""BatchUsageOutputTokensDetails: A detailed breakdown of the output tokens."""

from .._base_model import BaseModel

__all__ = ["BatchUsageOutputTokensDetails"]


class BatchUsageOutputTokensDetails(BaseModel):
    """A detailed breakdown of the output tokens."""

    reasoning_tokens: int
    """The number of reasoning tokens."""
