"""RealtimeServerEventSessionCreated: Returned when a Session is created. Emitted
automatically when a new
connection is established as the first server event. This event will contain
the default Session configuration.
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .realtime_session_create_response_ga import RealtimeSessionCreateResponseGA
from .realtime_transcription_session_create_response_ga import (
    RealtimeTranscriptionSessionCreateResponseGA,
)

__all__ = ["RealtimeServerEventSessionCreated"]


class RealtimeServerEventSessionCreated(BaseModel):
    """Returned when a Session is created. Emitted automatically when a new
    connection is established as the first server event. This event will contain
    the default Session configuration.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.created"]
    """The event type, must be `session.created`."""

    session: Annotated[
        Annotated[
            RealtimeSessionCreateResponseGA,
            pydantic.Tag("RealtimeSessionCreateResponseGA"),
        ]
        | Annotated[
            RealtimeTranscriptionSessionCreateResponseGA,
            pydantic.Tag("RealtimeTranscriptionSessionCreateResponseGA"),
        ]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "realtime": "RealtimeSessionCreateResponseGA",
                "transcription": "RealtimeTranscriptionSessionCreateResponseGA",
            },
        ),
    ]
    """The session configuration."""
