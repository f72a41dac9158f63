"""WebhookResponseIncompleteData: Event data payload."""

from .._base_model import BaseModel

__all__ = ["WebhookResponseIncompleteData"]


class WebhookResponseIncompleteData(BaseModel):
    """Event data payload."""

    id: str
    """The unique ID of the model response."""
