"""RealtimeSessionCreateResponseAudio: Configuration for input and output audio for the
session.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeSessionCreateResponseAudio"]


class RealtimeSessionCreateResponseAudio(BaseModel):
    """Configuration for input and output audio for the session."""

    input: RealtimeSessionCreateResponseAudioInput | None = None

    output: RealtimeSessionCreateResponseAudioOutput | None = None


# Imported last so that models referring to each other can load in any order.
from .realtime_session_create_response_audio_input import (  # noqa: E402
    RealtimeSessionCreateResponseAudioInput,
)
from .realtime_session_create_response_audio_output import (  # noqa: E402
    RealtimeSessionCreateResponseAudioOutput,
)
