"""LogProbProperties: A log probability object."""

from .._base_model import BaseModel

__all__ = ["LogProbProperties"]


class LogProbProperties(BaseModel):
    """A log probability object."""

    token: str
    """The token that was used to generate the log probability."""

    logprob: float
    """The log probability of the token."""

    bytes: list[int]
    """The bytes that were used to generate the log probability."""
