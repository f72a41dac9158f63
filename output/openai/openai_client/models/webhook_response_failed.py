"""WebhookResponseFailed: Sent when a background response has failed."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["WebhookResponseFailed"]


class WebhookResponseFailed(BaseModel):
    """Sent when a background response has failed."""

    created_at: int
    """The Unix timestamp (in seconds) of when the model response failed."""

    id: str
    """The unique ID of the event."""

    data: WebhookResponseFailedData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["response.failed"]
    """The type of the event. Always `response.failed`."""


# Imported last so that models referring to each other can load in any order.
from .webhook_response_failed_data import WebhookResponseFailedData  # noqa: E402
