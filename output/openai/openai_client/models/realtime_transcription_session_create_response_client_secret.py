"""RealtimeTranscriptionSessionCreateResponseClientSecret: Ephemeral key returned by the
API. Only present when the session is
created on the server via REST API.
"""

from .._base_model import BaseModel

__all__ = ["RealtimeTranscriptionSessionCreateResponseClientSecret"]


class RealtimeTranscriptionSessionCreateResponseClientSecret(BaseModel):
    """Ephemeral key returned by the API. Only present when the session is
    created on the server via REST API.
    """

    value: str
    """Ephemeral key usable in client environments to authenticate connections
    to the Realtime API. Use this in client-side environments rather than
    a standard API token, which should only be used server-side.
    """

    expires_at: int
    """Timestamp for when the token expires. Currently, all tokens expire
    after one minute.
    """
