"""WebhookResponseCancelled: Sent when a background response has been cancelled."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["WebhookResponseCancelled"]


class WebhookResponseCancelled(BaseModel):
    """Sent when a background response has been cancelled."""

    created_at: int
    """The Unix timestamp (in seconds) of when the model response was cancelled."""

    id: str
    """The unique ID of the event."""

    data: WebhookResponseCancelledData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["response.cancelled"]
    """The type of the event. Always `response.cancelled`."""


# Imported last so that models referring to each other can load in any order.
from .webhook_response_cancelled_data import WebhookResponseCancelledData  # noqa: E402
