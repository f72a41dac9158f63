"""UsageAudioTranscriptionsResult: The aggregated audio transcriptions usage details of
the specific time bucket.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UsageAudioTranscriptionsResult"]


class UsageAudioTranscriptionsResult(BaseModel):
    """The aggregated audio transcriptions usage details of the specific time bucket."""

    object: Literal["organization.usage.audio_transcriptions.result"]

    seconds: int
    """The number of seconds processed."""

    num_model_requests: int
    """The count of requests made to the model."""

    project_id: str | None = None

    user_id: str | None = None

    api_key_id: str | None = None

    model: str | None = None
