"""RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError: Details of
the transcription error.
"""

from .._base_model import BaseModel

__all__ = ["RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError"]


class RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError(
    BaseModel
):
    """Details of the transcription error."""

    type: str | None = None
    """The type of error."""

    code: str | None = None
    """Error code, if any."""

    message: str | None = None
    """A human-readable error message."""

    param: str | None = None
    """Parameter related to the error, if any."""
