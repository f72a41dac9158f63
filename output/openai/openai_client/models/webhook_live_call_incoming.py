"""WebhookLiveCallIncoming: Sent when an incoming API SIP session is available for Live
acceptance. The
same pending session can also emit `realtime.call.incoming`; the first
successful Realtime or Live accept endpoint selects the runtime surface.
"""

from typing import Literal

from .._base_model import BaseModel
from .webhook_live_call_incoming_data import WebhookLiveCallIncomingData

__all__ = ["WebhookLiveCallIncoming"]


class WebhookLiveCallIncoming(BaseModel):
    """Sent when an incoming API SIP session is available for Live acceptance. The
    same pending session can also emit `realtime.call.incoming`; the first
    successful Realtime or Live accept endpoint selects the runtime surface.
    """

    created_at: int
    """The Unix timestamp (in seconds) of when the event was created."""

    id: str
    """The unique ID of the event."""

    data: WebhookLiveCallIncomingData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["live.call.incoming"]
    """The type of the event. Always `live.call.incoming`."""
