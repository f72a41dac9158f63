"""RealtimeSessionCreateResponseGAAudio: Configuration for input and output audio."""

from .._base_model import BaseModel
from .realtime_session_create_response_ga_audio_input import (
    RealtimeSessionCreateResponseGAAudioInput,
)
from .realtime_session_create_response_ga_audio_output import (
    RealtimeSessionCreateResponseGAAudioOutput,
)

__all__ = ["RealtimeSessionCreateResponseGAAudio"]


class RealtimeSessionCreateResponseGAAudio(BaseModel):
    """Configuration for input and output audio."""

    input: RealtimeSessionCreateResponseGAAudioInput | None = None

    output: RealtimeSessionCreateResponseGAAudioOutput | None = None
