"""SpeechAudioDoneEventUsage: Token usage statistics for the request."""

from .._base_model import BaseModel

__all__ = ["SpeechAudioDoneEventUsage"]


class SpeechAudioDoneEventUsage(BaseModel):
    """Token usage statistics for the request."""

    input_tokens: int
    """Number of input tokens in the prompt."""

    output_tokens: int
    """Number of output tokens generated."""

    total_tokens: int
    """Total number of tokens used (input + output)."""
