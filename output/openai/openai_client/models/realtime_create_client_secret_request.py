"""RealtimeCreateClientSecretRequest: Create a session and client secret for the
Realtime API. The request can specify
either a realtime or a transcription session configuration.
[Learn more about the Realtime API](https://api.openai.com/docs/guides/realtime).
"""

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .realtime_create_client_secret_request_expires_after import (
    RealtimeCreateClientSecretRequestExpiresAfter,
)
from .realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
from .realtime_transcription_session_create_request_ga import (
    RealtimeTranscriptionSessionCreateRequestGA,
)

__all__ = ["RealtimeCreateClientSecretRequest"]


class RealtimeCreateClientSecretRequest(BaseModel):
    """Create a session and client secret for the Realtime API. The request can specify
    either a realtime or a transcription session configuration.
    [Learn more about the Realtime API](https://api.openai.com/docs/guides/realtime).
    """

    expires_after: RealtimeCreateClientSecretRequestExpiresAfter | None = None
    """Configuration for the client secret expiration. Expiration refers to the time
    after which
    a client secret will no longer be valid for creating sessions. The session itself
    may
    continue after that time once started. A secret can be used to create multiple
    sessions
    until it expires.
    """

    session: (
        Annotated[
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
        | None
    ) = None
    """Session configuration to use for the client secret. Choose either a realtime
    session or a transcription session.
    """
