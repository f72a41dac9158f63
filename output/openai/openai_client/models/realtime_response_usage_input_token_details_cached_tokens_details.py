"""RealtimeResponseUsageInputTokenDetailsCachedTokensDetails: Details about the cached
tokens used as input for the Response.
"""

from .._base_model import BaseModel

__all__ = ["RealtimeResponseUsageInputTokenDetailsCachedTokensDetails"]


class RealtimeResponseUsageInputTokenDetailsCachedTokensDetails(BaseModel):
    """Details about the cached tokens used as input for the Response."""

    text_tokens: int | None = None
    """The number of cached text tokens used as input for the Response."""

    image_tokens: int | None = None
    """The number of cached image tokens used as input for the Response."""

    audio_tokens: int | None = None
    """The number of cached audio tokens used as input for the Response."""
