"""RealtimeTranslationClientSecretCreateRequest: Create a translation session and client
secret for the Realtime API.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeTranslationClientSecretCreateRequest"]


class RealtimeTranslationClientSecretCreateRequest(BaseModel):
    """Create a translation session and client secret for the Realtime API."""

    expires_after: RealtimeTranslationClientSecretCreateRequestExpiresAfter | None = (
        None
    )
    """Configuration for the client secret expiration. Expiration refers to the time
    after which
    a client secret will no longer be valid for creating sessions. The session itself
    may
    continue after that time once started. A secret can be used to create multiple
    sessions
    until it expires.
    """

    session: RealtimeTranslationSessionCreateRequest
    """Realtime translation session configuration. Translation sessions stream source
    audio in and translated audio plus transcript deltas out continuously.
    """


# Imported last so that models referring to each other can load in any order.
from .realtime_translation_client_secret_create_request_expires_after import (  # noqa: E402
    RealtimeTranslationClientSecretCreateRequestExpiresAfter,
)
from .realtime_translation_session_create_request import (  # noqa: E402
    RealtimeTranslationSessionCreateRequest,
)
