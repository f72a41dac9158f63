"""WebhookBatchFailed: Sent when a batch API request has failed."""

from typing import Literal

from .._base_model import BaseModel
from .webhook_batch_failed_data import WebhookBatchFailedData

__all__ = ["WebhookBatchFailed"]


class WebhookBatchFailed(BaseModel):
    """Sent when a batch API request has failed."""

    created_at: int
    """The Unix timestamp (in seconds) of when the batch API request failed."""

    id: str
    """The unique ID of the event."""

    data: WebhookBatchFailedData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["batch.failed"]
    """The type of the event. Always `batch.failed`."""
