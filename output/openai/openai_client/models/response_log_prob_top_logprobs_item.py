from .._base_model import BaseModel

__all__ = ["ResponseLogProbTopLogprobsItem"]


class ResponseLogProbTopLogprobsItem(BaseModel):
    token: str | None = None
    """A possible text token."""

    logprob: float | None = None
    """The log probability of this token."""
