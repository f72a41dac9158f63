"""WebhookResponseIncomplete: Sent when a background response has been interrupted."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .webhook_response_incomplete_data import (  # noqa: E402
    WebhookResponseIncompleteData,
)
