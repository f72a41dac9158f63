"""RealtimeTranslationServerEvent: A Realtime translation server event."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .realtime_server_event_error import RealtimeServerEventError
from .realtime_translation_server_event_session_closed import (
    RealtimeTranslationServerEventSessionClosed,
)
from .realtime_translation_server_event_session_created import (
    RealtimeTranslationServerEventSessionCreated,
)
from .realtime_translation_server_event_session_input_transcript_delta import (
    RealtimeTranslationServerEventSessionInputTranscriptDelta,
)
from .realtime_translation_server_event_session_output_audio_delta import (
    RealtimeTranslationServerEventSessionOutputAudioDelta,
)
from .realtime_translation_server_event_session_output_transcript_delta import (
    RealtimeTranslationServerEventSessionOutputTranscriptDelta,
)
from .realtime_translation_server_event_session_updated import (
    RealtimeTranslationServerEventSessionUpdated,
)

__all__ = ["RealtimeTranslationServerEvent"]

RealtimeTranslationServerEvent: TypeAlias = Annotated[
    Annotated[RealtimeServerEventError, pydantic.Tag("RealtimeServerEventError")]
    | Annotated[
        RealtimeTranslationServerEventSessionCreated,
        pydantic.Tag("RealtimeTranslationServerEventSessionCreated"),
    ]
    | Annotated[
        RealtimeTranslationServerEventSessionUpdated,
        pydantic.Tag("RealtimeTranslationServerEventSessionUpdated"),
    ]
    | Annotated[
        RealtimeTranslationServerEventSessionClosed,
        pydantic.Tag("RealtimeTranslationServerEventSessionClosed"),
    ]
    | Annotated[
        RealtimeTranslationServerEventSessionInputTranscriptDelta,
        pydantic.Tag("RealtimeTranslationServerEventSessionInputTranscriptDelta"),
    ]
    | Annotated[
        RealtimeTranslationServerEventSessionOutputTranscriptDelta,
        pydantic.Tag("RealtimeTranslationServerEventSessionOutputTranscriptDelta"),
    ]
    | Annotated[
        RealtimeTranslationServerEventSessionOutputAudioDelta,
        pydantic.Tag("RealtimeTranslationServerEventSessionOutputAudioDelta"),
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "error": "RealtimeServerEventError",
            "session.created": "RealtimeTranslationServerEventSessionCreated",
            "session.updated": "RealtimeTranslationServerEventSessionUpdated",
            "session.closed": "RealtimeTranslationServerEventSessionClosed",
            "session.input_transcript.delta": "RealtimeTranslationServerEventSessionInputTranscriptDelta",
            "session.output_transcript.delta": "RealtimeTranslationServerEventSessionOutputTranscriptDelta",
            "session.output_audio.delta": "RealtimeTranslationServerEventSessionOutputAudioDelta",
        },
    ),
]
"""A Realtime translation server event."""
