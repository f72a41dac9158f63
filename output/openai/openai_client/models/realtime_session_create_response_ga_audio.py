"""RealtimeSessionCreateResponseGAAudio: Configuration for input and output audio."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeSessionCreateResponseGAAudio"]


class RealtimeSessionCreateResponseGAAudio(BaseModel):
    """Configuration for input and output audio."""

    input: RealtimeSessionCreateResponseGAAudioInput | None = None

    output: RealtimeSessionCreateResponseGAAudioOutput | None = None


# Imported last so that models referring to each other can load in any order.
from .realtime_session_create_response_ga_audio_input import (  # noqa: E402
    RealtimeSessionCreateResponseGAAudioInput,
)
from .realtime_session_create_response_ga_audio_output import (  # noqa: E402
    RealtimeSessionCreateResponseGAAudioOutput,
)
