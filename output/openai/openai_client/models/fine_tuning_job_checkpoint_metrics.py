"""FineTuningJobCheckpointMetrics: Metrics at the step number during the fine-tuning
job.
"""

from .._base_model import BaseModel

__all__ = ["FineTuningJobCheckpointMetrics"]


class FineTuningJobCheckpointMetrics(BaseModel):
    """Metrics at the step number during the fine-tuning job."""

    step: float | None = None

    train_loss: float | None = None

    train_mean_token_accuracy: float | None = None

    valid_loss: float | None = None

    valid_mean_token_accuracy: float | None = None

    full_valid_loss: float | None = None

    full_valid_mean_token_accuracy: float | None = None
