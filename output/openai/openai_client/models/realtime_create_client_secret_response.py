"""RealtimeCreateClientSecretResponse: Response from creating a session and client
secret for the Realtime API.
"""

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .realtime_session_create_response_ga import RealtimeSessionCreateResponseGA
from .realtime_transcription_session_create_response_ga import (
    RealtimeTranscriptionSessionCreateResponseGA,
)

__all__ = ["RealtimeCreateClientSecretResponse"]


class RealtimeCreateClientSecretResponse(BaseModel):
    """Response from creating a session and client secret for the Realtime API."""

    value: str
    """The generated client secret value."""

    expires_at: int
    """Expiration timestamp for the client secret, in seconds since epoch."""

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
    """The session configuration for either a realtime or transcription session."""
