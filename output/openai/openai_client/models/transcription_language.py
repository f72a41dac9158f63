"""TranscriptionLanguage: A language detected in transcribed audio."""

from .._base_model import BaseModel

__all__ = ["TranscriptionLanguage"]


class TranscriptionLanguage(BaseModel):
    """A language detected in transcribed audio."""

    code: str
    """The code of a language detected in the audio."""
