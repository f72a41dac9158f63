"""EvalRunOutputItemSampleUsage: Token usage details for the sample."""

from .._base_model import BaseModel

__all__ = ["EvalRunOutputItemSampleUsage"]


class EvalRunOutputItemSampleUsage(BaseModel):
    """Token usage details for the sample."""

    total_tokens: int
    """The total number of tokens used."""

    completion_tokens: int
    """The number of completion tokens generated."""

    prompt_tokens: int
    """The number of prompt tokens used."""

    cached_tokens: int
    """The number of tokens retrieved from cache."""
