"""RealtimeSessionCreateRequestGAAudio: Configuration for input and output audio."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeSessionCreateRequestGAAudio"]


class RealtimeSessionCreateRequestGAAudio(BaseModel):
    """Configuration for input and output audio."""

    input: RealtimeSessionCreateRequestGAAudioInput | None = None

    output: RealtimeSessionCreateRequestGAAudioOutput | None = None


# Imported last so that models referring to each other can load in any order.
from .realtime_session_create_request_ga_audio_input import (  # noqa: E402
    RealtimeSessionCreateRequestGAAudioInput,
)
from .realtime_session_create_request_ga_audio_output import (  # noqa: E402
    RealtimeSessionCreateRequestGAAudioOutput,
)
