"""WebhookFineTuningJobSucceededData: Event data payload."""

from .._base_model import BaseModel

__all__ = ["WebhookFineTuningJobSucceededData"]


class WebhookFineTuningJobSucceededData(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the fine-tuning job."""
