"""RealtimeTranslationClientEvent: A Realtime translation client event."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .realtime_translation_client_event_input_audio_buffer_append import (
    RealtimeTranslationClientEventInputAudioBufferAppend,
)
from .realtime_translation_client_event_session_close import (
    RealtimeTranslationClientEventSessionClose,
)
from .realtime_translation_client_event_session_update import (
    RealtimeTranslationClientEventSessionUpdate,
)

__all__ = ["RealtimeTranslationClientEvent"]

RealtimeTranslationClientEvent: TypeAlias = Annotated[
    Annotated[
        RealtimeTranslationClientEventSessionUpdate,
        pydantic.Tag("RealtimeTranslationClientEventSessionUpdate"),
    ]
    | Annotated[
        RealtimeTranslationClientEventInputAudioBufferAppend,
        pydantic.Tag("RealtimeTranslationClientEventInputAudioBufferAppend"),
    ]
    | Annotated[
        RealtimeTranslationClientEventSessionClose,
        pydantic.Tag("RealtimeTranslationClientEventSessionClose"),
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "session.update": "RealtimeTranslationClientEventSessionUpdate",
            "session.input_audio_buffer.append": "RealtimeTranslationClientEventInputAudioBufferAppend",
            "session.close": "RealtimeTranslationClientEventSessionClose",
        },
    ),
]
"""A Realtime translation client event."""
