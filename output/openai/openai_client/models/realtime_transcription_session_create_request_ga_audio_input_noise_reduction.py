"""RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction: Configuration
for input audio noise reduction. This can be set to `null` to turn off.
Noise reduction filters audio added to the input audio buffer before it is sent to
VAD and the model.
Filtering the audio can improve VAD and turn detection accuracy (reducing false
positives) and model performance by improving perception of the input audio.
"""

from .._base_model import BaseModel
from .noise_reduction_type import NoiseReductionType

__all__ = ["RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction"]


class RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction(BaseModel):
    """Configuration for input audio noise reduction. This can be set to `null` to turn
    off.
    Noise reduction filters audio added to the input audio buffer before it is sent
    to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false
    positives) and model performance by improving perception of the input audio.
    """

    type: NoiseReductionType | None = None
    """Type of noise reduction. `near_field` is for close-talking microphones such as
    headphones, `far_field` is for far-field microphones such as laptop or conference
    room microphones.
    """
