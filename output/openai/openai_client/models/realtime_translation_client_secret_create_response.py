"""RealtimeTranslationClientSecretCreateResponse: Response from creating a translation
session and client secret for the Realtime API.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeTranslationClientSecretCreateResponse"]


class RealtimeTranslationClientSecretCreateResponse(BaseModel):
    """Response from creating a translation session and client secret for the Realtime
    API.
    """

    value: str
    """The generated client secret value."""

    expires_at: int
    """Expiration timestamp for the client secret, in seconds since epoch."""

    session: RealtimeTranslationSession
    """A Realtime translation session. Translation sessions continuously translate input
    audio into the configured output language.
    """


# Imported last so that models referring to each other can load in any order.
from .realtime_translation_session import RealtimeTranslationSession  # noqa: E402
