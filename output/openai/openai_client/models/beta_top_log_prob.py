"""BetaTopLogProb: The top log probability of a token."""

from .._base_model import BaseModel

__all__ = ["BetaTopLogProb"]


class BetaTopLogProb(BaseModel):
    """The top log probability of a token."""

    token: str

    logprob: float

    bytes: list[int]
