"""FineTuneReinforcementHyperparameters: The hyperparameters used for the reinforcement
fine-tuning job.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["FineTuneReinforcementHyperparameters"]


class FineTuneReinforcementHyperparameters(BaseModel):
    """The hyperparameters used for the reinforcement fine-tuning job."""

    batch_size: Literal["auto"] | int | None = None
    """Number of examples in each batch. A larger batch size means that model parameters
    are updated less frequently, but with lower variance.
    """

    learning_rate_multiplier: Literal["auto"] | float | None = None
    """Scaling factor for the learning rate. A smaller learning rate may be useful to
    avoid overfitting.
    """

    n_epochs: Literal["auto"] | int | None = None
    """The number of epochs to train the model for. An epoch refers to one full cycle
    through the training dataset.
    """

    reasoning_effort: Literal["default", "low", "medium", "high"] | str | None = None
    """Level of reasoning effort."""

    compute_multiplier: Literal["auto"] | float | None = None
    """Multiplier on amount of compute used for exploring search space during training."""

    eval_interval: Literal["auto"] | int | None = None
    """The number of training steps between evaluation runs."""

    eval_samples: Literal["auto"] | int | None = None
    """Number of evaluation samples to generate per training step."""
