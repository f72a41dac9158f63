from .._base_model import BaseModel

__all__ = ["CreateTranscriptionResponseJsonLogprobsItem"]


class CreateTranscriptionResponseJsonLogprobsItem(BaseModel):
    token: str | None = None
    """The token in the transcription."""

    logprob: float | None = None
    """The log probability of the token."""

    bytes: list[float] | None = None
    """The bytes of the token."""
