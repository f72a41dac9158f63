"""BetaResponseLogProb: A logprob is the logarithmic probability that the model assigns
to producing
a particular token at a given position in the sequence. Less-negative (higher)
logprob values indicate greater model confidence in that token choice.
"""

from .._base_model import BaseModel
from .beta_response_log_prob_top_logprobs_item import BetaResponseLogProbTopLogprobsItem

__all__ = ["BetaResponseLogProb"]


class BetaResponseLogProb(BaseModel):
    """A logprob is the logarithmic probability that the model assigns to producing
    a particular token at a given position in the sequence. Less-negative (higher)
    logprob values indicate greater model confidence in that token choice.
    """

    token: str
    """A possible text token."""

    logprob: float
    """The log probability of this token."""

    top_logprobs: list[BetaResponseLogProbTopLogprobsItem] | None = None
    """The log probabilities of up to 20 of the most likely tokens."""
