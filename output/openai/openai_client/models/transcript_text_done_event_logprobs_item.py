from .._base_model import BaseModel

__all__ = ["TranscriptTextDoneEventLogprobsItem"]


class TranscriptTextDoneEventLogprobsItem(BaseModel):
    token: str | None = None
    """The token that was used to generate the log probability."""

    logprob: float | None = None
    """The log probability of the token."""

    bytes: list[int] | None = None
    """The bytes that were used to generate the log probability."""
