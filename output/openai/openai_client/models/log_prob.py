"""LogProb: The log probability of a token."""

from .._base_model import BaseModel
from .top_log_prob import TopLogProb

__all__ = ["LogProb"]


class LogProb(BaseModel):
    """The log probability of a token."""

    token: str

    logprob: float

    bytes: list[int]

    top_logprobs: list[TopLogProb]
