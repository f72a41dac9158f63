"""RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1: Optional
source-language transcription. When configured, the server emits
`session.input_transcript.delta` events. Translation itself still runs from
the input audio stream.
"""

from .._base_model import BaseModel

__all__ = ["RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1"]


class RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1(BaseModel):
    """Optional source-language transcription. When configured, the server emits
    `session.input_transcript.delta` events. Translation itself still runs from
    the input audio stream.
    """

    model: str
    """The transcription model to use for source transcript deltas."""
