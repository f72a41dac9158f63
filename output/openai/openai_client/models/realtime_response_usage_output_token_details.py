"""RealtimeResponseUsageOutputTokenDetails: Details about the output tokens used in the
Response.
"""

from .._base_model import BaseModel

__all__ = ["RealtimeResponseUsageOutputTokenDetails"]


class RealtimeResponseUsageOutputTokenDetails(BaseModel):
    """Details about the output tokens used in the Response."""

    text_tokens: int | None = None
    """The number of text tokens used in the Response."""

    audio_tokens: int | None = None
    """The number of audio tokens used in the Response."""
