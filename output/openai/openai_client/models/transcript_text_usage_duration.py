"""TranscriptTextUsageDuration: Usage statistics for models billed by audio input
duration.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["TranscriptTextUsageDuration"]


class TranscriptTextUsageDuration(BaseModel):
    """Usage statistics for models billed by audio input duration."""

    type: Literal["duration"]
    """The type of the usage object. Always `duration` for this variant."""

    seconds: float
    """Duration of the input audio in seconds."""
