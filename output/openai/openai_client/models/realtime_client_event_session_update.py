"""RealtimeClientEventSessionUpdate: Send this event to update the session’s
configuration.
The client may send this event at any time to update any field
except for `voice` and `model`. `voice` can be updated only if there have been no
other audio outputs yet.

When the server receives a `session.update`, it will respond
with a `session.updated` event showing the full, effective configuration.
Only the fields that are present in the `session.update` are updated. To clear a
field like
`instructions`, pass an empty string. To clear a field like `tools`, pass an empty
array.
To clear a field like `turn_detection`, pass `null`.
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
from .realtime_transcription_session_create_request_ga import (
    RealtimeTranscriptionSessionCreateRequestGA,
)

__all__ = ["RealtimeClientEventSessionUpdate"]


class RealtimeClientEventSessionUpdate(BaseModel):
    """Send this event to update the session’s configuration.
    The client may send this event at any time to update any field
    except for `voice` and `model`. `voice` can be updated only if there have been no
    other audio outputs yet.

    When the server receives a `session.update`, it will respond
    with a `session.updated` event showing the full, effective configuration.
    Only the fields that are present in the `session.update` are updated. To clear a
    field like
    `instructions`, pass an empty string. To clear a field like `tools`, pass an
    empty array.
    To clear a field like `turn_detection`, pass `null`.
    """

    event_id: str | None = None
    """Optional client-generated ID used to identify this event. This is an arbitrary
    string that a client may assign. It will be passed back if there is an error with
    the event, but the corresponding `session.updated` event will not include it.
    """

    type: Literal["session.update"]
    """The event type, must be `session.update`."""

    session: Annotated[
        Annotated[
            RealtimeSessionCreateRequestGA,
            pydantic.Tag("RealtimeSessionCreateRequestGA"),
        ]
        | Annotated[
            RealtimeTranscriptionSessionCreateRequestGA,
            pydantic.Tag("RealtimeTranscriptionSessionCreateRequestGA"),
        ]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "realtime": "RealtimeSessionCreateRequestGA",
                "transcription": "RealtimeTranscriptionSessionCreateRequestGA",
            },
        ),
    ]
    """Update the Realtime session. Choose either a realtime
    session or a transcription session.
    """
