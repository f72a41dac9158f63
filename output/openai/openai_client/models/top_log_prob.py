"""TopLogProb: The top log probability of a token."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["TopLogProb"]


class TopLogProb(BaseModel):
    """The top log probability of a token."""

    token: str

    logprob: float

    bytes: list[int]
