from .._base_model import BaseModel

__all__ = ["TranscriptionWord"]


class TranscriptionWord(BaseModel):
    word: str
    """The text content of the word."""

    start: float
    """Start time of the word in seconds."""

    end: float
    """End time of the word in seconds."""
