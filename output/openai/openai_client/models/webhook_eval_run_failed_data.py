"""WebhookEvalRunFailedData: Event data payload."""

from .._base_model import BaseModel

__all__ = ["WebhookEvalRunFailedData"]


class WebhookEvalRunFailedData(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the eval run."""
