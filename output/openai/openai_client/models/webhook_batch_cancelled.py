"""WebhookBatchCancelled: Sent when a batch API request has been cancelled."""

from typing import Literal

from .._base_model import BaseModel
from .webhook_batch_cancelled_data import WebhookBatchCancelledData

__all__ = ["WebhookBatchCancelled"]


class WebhookBatchCancelled(BaseModel):
    """Sent when a batch API request has been cancelled."""

    created_at: int
    """The Unix timestamp (in seconds) of when the batch API request was cancelled."""

    id: str
    """The unique ID of the event."""

    data: WebhookBatchCancelledData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["batch.cancelled"]
    """The type of the event. Always `batch.cancelled`."""
