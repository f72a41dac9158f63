"""WebhookResponseIncomplete: Sent when a background response has been interrupted."""

from typing import Literal

from .._base_model import BaseModel
from .webhook_response_incomplete_data import WebhookResponseIncompleteData

__all__ = ["WebhookResponseIncomplete"]


class WebhookResponseIncomplete(BaseModel):
    """Sent when a background response has been interrupted."""

    created_at: int
    """The Unix timestamp (in seconds) of when the model response was interrupted."""

    id: str
    """The unique ID of the event."""

    data: WebhookResponseIncompleteData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["response.incomplete"]
    """The type of the event. Always `response.incomplete`."""
