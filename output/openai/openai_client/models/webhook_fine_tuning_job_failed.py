"""WebhookFineTuningJobFailed: Sent when a fine-tuning job has failed."""

from typing import Literal

from .._base_model import BaseModel
from .webhook_fine_tuning_job_failed_data import WebhookFineTuningJobFailedData

__all__ = ["WebhookFineTuningJobFailed"]


class WebhookFineTuningJobFailed(BaseModel):
    """Sent when a fine-tuning job has failed."""

    created_at: int
    """The Unix timestamp (in seconds) of when the fine-tuning job failed."""

    id: str
    """The unique ID of the event."""

    data: WebhookFineTuningJobFailedData
    """Event data payload."""

    object: Literal["event"] | None = None
    """The object of the event. Always `event`."""

    type: Literal["fine_tuning.job.failed"]
    """The type of the event. Always `fine_tuning.job.failed`."""
