"""FineTuneDPOMethod: Configuration for the DPO fine-tuning method."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["FineTuneDPOMethod"]


class FineTuneDPOMethod(BaseModel):
    """Configuration for the DPO fine-tuning method."""

    hyperparameters: FineTuneDPOHyperparameters | None = None
    """The hyperparameters used for the DPO fine-tuning job."""


# Imported last so that models referring to each other can load in any order.
from .fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters  # noqa: E402
