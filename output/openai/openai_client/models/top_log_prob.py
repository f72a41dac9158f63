"""TopLogProb: The top log probability of a token."""

from .._base_model import BaseModel

__all__ = ["TopLogProb"]


class TopLogProb(BaseModel):
    """The top log probability of a token."""

    token: str

    logprob: float

    bytes: list[int]
