"""CreateFineTuningJobRequestHyperparameters: The hyperparameters used for the
fine-tuning job.
This value is now deprecated in favor of `method`, and should be passed in under the
`method` parameter.


.. deprecated:: the API marks this schema as deprecated.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["CreateFineTuningJobRequestHyperparameters"]


class CreateFineTuningJobRequestHyperparameters(BaseModel):
    """The hyperparameters used for the fine-tuning job.
    This value is now deprecated in favor of `method`, and should be passed in under
    the `method` parameter.
    """

    batch_size: Literal["auto"] | int | None = None
    """Number of examples in each batch. A larger batch size means that model parameters
    are updated less frequently, but with lower variance.
    """

    learning_rate_multiplier: Literal["auto"] | float | None = None
    """Scaling factor for the learning rate. A smaller learning rate may be useful to
    avoid
    overfitting.
    """

    n_epochs: Literal["auto"] | int | None = None
    """The number of epochs to train the model for. An epoch refers to one full cycle
    through the training dataset.
    """
