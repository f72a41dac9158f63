"""FineTuneSupervisedMethod: Configuration for the supervised fine-tuning method."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["FineTuneSupervisedMethod"]


class FineTuneSupervisedMethod(BaseModel):
    """Configuration for the supervised fine-tuning method."""

    hyperparameters: FineTuneSupervisedHyperparameters | None = None
    """The hyperparameters used for the fine-tuning job."""


# Imported last so that models referring to each other can load in any order.
from .fine_tune_supervised_hyperparameters import (  # noqa: E402
    FineTuneSupervisedHyperparameters,
)
