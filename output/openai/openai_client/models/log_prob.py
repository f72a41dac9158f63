"""LogProb: The log probability of a token."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["LogProb"]


class LogProb(BaseModel):
    """The log probability of a token."""

    token: str

    logprob: float

    bytes: list[int]

    top_logprobs: list[TopLogProb]


# Imported last so that models referring to each other can load in any order.
from .top_log_prob import TopLogProb  # noqa: E402
