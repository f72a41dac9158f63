"""BetaLogProb: The log probability of a token."""

from .._base_model import BaseModel
from .beta_top_log_prob import BetaTopLogProb

__all__ = ["BetaLogProb"]


class BetaLogProb(BaseModel):
    """The log probability of a token."""

    token: str

    logprob: float

    bytes: list[int]

    top_logprobs: list[BetaTopLogProb]
