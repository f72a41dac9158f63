"""FineTuneDPOMethod: Configuration for the DPO fine-tuning method."""

from .._base_model import BaseModel
from .fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters

__all__ = ["FineTuneDPOMethod"]


class FineTuneDPOMethod(BaseModel):
    """Configuration for the DPO fine-tuning method."""

    hyperparameters: FineTuneDPOHyperparameters | None = None
    """The hyperparameters used for the DPO fine-tuning job."""
