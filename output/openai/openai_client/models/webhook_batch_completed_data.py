"""WebhookBatchCompletedData: Event data payload."""

from .._base_model import BaseModel

__all__ = ["WebhookBatchCompletedData"]


class WebhookBatchCompletedData(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the batch API request."""
