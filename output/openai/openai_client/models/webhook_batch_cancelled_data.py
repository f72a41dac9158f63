"""WebhookBatchCancelledData: Event data payload."""

from .._base_model import BaseModel

__all__ = ["WebhookBatchCancelledData"]


class WebhookBatchCancelledData(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the batch API request."""
