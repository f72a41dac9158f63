"""BetaLogProb: The log probability of a token."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["BetaLogProb"]


class BetaLogProb(BaseModel):
    """The log probability of a token."""

    token: str

    logprob: float

    bytes: list[int]

    top_logprobs: list[BetaTopLogProb]


# Imported last so that models referring to each other can load in any order.
from .beta_top_log_prob import BetaTopLogProb  # noqa: E402
