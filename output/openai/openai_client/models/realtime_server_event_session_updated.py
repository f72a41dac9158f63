"""RealtimeServerEventSessionUpdated: Returned when a session is updated with a
`session.update` event, unless
there is an error.
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .realtime_session_create_response_ga import RealtimeSessionCreateResponseGA
from .realtime_transcription_session_create_response_ga import (
    RealtimeTranscriptionSessionCreateResponseGA,
)

__all__ = ["RealtimeServerEventSessionUpdated"]


class RealtimeServerEventSessionUpdated(BaseModel):
    """Returned when a session is updated with a `session.update` event, unless
    there is an error.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.updated"]
    """The event type, must be `session.updated`."""

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
