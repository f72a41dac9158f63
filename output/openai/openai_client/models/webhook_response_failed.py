"""WebhookResponseFailed: Sent when a background response has failed."""

from typing import Literal

from .._base_model import BaseModel
from .webhook_response_failed_data import WebhookResponseFailedData

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
