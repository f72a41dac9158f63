"""UsageAudioSpeechesResult: The aggregated audio speeches usage details of the specific
time bucket.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UsageAudioSpeechesResult"]


class UsageAudioSpeechesResult(BaseModel):
    """The aggregated audio speeches usage details of the specific time bucket."""

    object: Literal["organization.usage.audio_speeches.result"]

    characters: int
    """The number of characters processed."""

    num_model_requests: int
    """The count of requests made to the model."""

    project_id: str | None = None

    user_id: str | None = None

    api_key_id: str | None = None

    model: str | None = None
