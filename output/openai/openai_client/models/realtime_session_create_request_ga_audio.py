"""RealtimeSessionCreateRequestGAAudio: Configuration for input and output audio."""

from .._base_model import BaseModel
from .realtime_session_create_request_ga_audio_input import (
    RealtimeSessionCreateRequestGAAudioInput,
)
from .realtime_session_create_request_ga_audio_output import (
    RealtimeSessionCreateRequestGAAudioOutput,
)

__all__ = ["RealtimeSessionCreateRequestGAAudio"]


class RealtimeSessionCreateRequestGAAudio(BaseModel):
    """Configuration for input and output audio."""

    input: RealtimeSessionCreateRequestGAAudioInput | None = None

    output: RealtimeSessionCreateRequestGAAudioOutput | None = None
