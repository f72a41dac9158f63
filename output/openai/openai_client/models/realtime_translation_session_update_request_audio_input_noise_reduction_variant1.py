"""RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionVariant1: Optional
input noise reduction. Set to `null` to disable it.
"""

from .._base_model import BaseModel
from .noise_reduction_type import NoiseReductionType

__all__ = ["RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionVariant1"]


class RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionVariant1(
    BaseModel
):
    """Optional input noise reduction. Set to `null` to disable it."""

    type: NoiseReductionType
    """Type of noise reduction. `near_field` is for close-talking microphones such as
    headphones, `far_field` is for far-field microphones such as laptop or conference
    room microphones.
    """
