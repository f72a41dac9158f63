"""FineTuneSupervisedMethod: Configuration for the supervised fine-tuning method."""

from .._base_model import BaseModel
from .fine_tune_supervised_hyperparameters import FineTuneSupervisedHyperparameters

__all__ = ["FineTuneSupervisedMethod"]


class FineTuneSupervisedMethod(BaseModel):
    """Configuration for the supervised fine-tuning method."""

    hyperparameters: FineTuneSupervisedHyperparameters | None = None
    """The hyperparameters used for the fine-tuning job."""
