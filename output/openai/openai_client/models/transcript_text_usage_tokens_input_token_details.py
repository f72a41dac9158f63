"""TranscriptTextUsageTokensInputTokenDetails: Details about the input tokens billed for
this request.
"""

from .._base_model import BaseModel

__all__ = ["TranscriptTextUsageTokensInputTokenDetails"]


class TranscriptTextUsageTokensInputTokenDetails(BaseModel):
    """Details about the input tokens billed for this request."""

    text_tokens: int | None = None
    """Number of text tokens billed for this request."""

    audio_tokens: int | None = None
    """Number of audio tokens billed for this request."""
