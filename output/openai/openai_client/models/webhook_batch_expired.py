"""WebhookBatchExpired: Sent when a batch API request has expired."""

from typing import Literal

from .._base_model import BaseModel
from .webhook_batch_expired_data import WebhookBatchExpiredData

__all__ = ["WebhookBatchExpired"]


class WebhookBatchExpired(BaseModel):
    """Sent when a batch API request has expired."""

    created_at: int
    """The Unix timestamp (in seconds) of when the batch API request expired."""

    id: str
    """The unique ID of the event."""

    data: WebhookBatchExpiredData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["batch.expired"]
    """The type of the event. Always `batch.expired`."""
