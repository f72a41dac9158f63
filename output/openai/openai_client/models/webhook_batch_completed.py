"""WebhookBatchCompleted: Sent when a batch API request has been completed."""

from typing import Literal

from .._base_model import BaseModel
from .webhook_batch_completed_data import WebhookBatchCompletedData

__all__ = ["WebhookBatchCompleted"]


class WebhookBatchCompleted(BaseModel):
    """Sent when a batch API request has been completed."""

    created_at: int
    """The Unix timestamp (in seconds) of when the batch API request was completed."""

    id: str
    """The unique ID of the event."""

    data: WebhookBatchCompletedData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["batch.completed"]
    """The type of the event. Always `batch.completed`."""
