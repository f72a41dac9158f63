"""WebhookEvalRunFailed: Sent when an eval run has failed."""

from typing import Literal

from .._base_model import BaseModel
from .webhook_eval_run_failed_data import WebhookEvalRunFailedData

__all__ = ["WebhookEvalRunFailed"]


class WebhookEvalRunFailed(BaseModel):
    """Sent when an eval run has failed."""

    created_at: int
    """The Unix timestamp (in seconds) of when the eval run failed."""

    id: str
    """The unique ID of the event."""

    data: WebhookEvalRunFailedData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["eval.run.failed"]
    """The type of the event. Always `eval.run.failed`."""
