"""RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction: Configuration
for input audio noise reduction.
"""

from .._base_model import BaseModel
from .noise_reduction_type import NoiseReductionType

__all__ = ["RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction"]


class RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction(BaseModel):
    """Configuration for input audio noise reduction."""

    type: NoiseReductionType | None = None
    """Type of noise reduction. `near_field` is for close-talking microphones such as
    headphones, `far_field` is for far-field microphones such as laptop or conference
    room microphones.
    """
