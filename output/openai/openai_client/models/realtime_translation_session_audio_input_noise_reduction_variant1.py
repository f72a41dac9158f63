"""RealtimeTranslationSessionAudioInputNoiseReductionVariant1: Optional input noise
reduction.
"""

from .._base_model import BaseModel
from .noise_reduction_type import NoiseReductionType

__all__ = ["RealtimeTranslationSessionAudioInputNoiseReductionVariant1"]


class RealtimeTranslationSessionAudioInputNoiseReductionVariant1(BaseModel):
    """Optional input noise reduction."""

    type: NoiseReductionType
    """Type of noise reduction. `near_field` is for close-talking microphones such as
    headphones, `far_field` is for far-field microphones such as laptop or conference
    room microphones.
    """
