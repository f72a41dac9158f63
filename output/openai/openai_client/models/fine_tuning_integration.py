from typing import Literal

from .._base_model import BaseModel
from .fine_tuning_integration_wandb import FineTuningIntegrationWandb

__all__ = ["FineTuningIntegration"]


class FineTuningIntegration(BaseModel):
    type: Literal["wandb"]
    """The type of the integration being enabled for the fine-tuning job"""

    wandb: FineTuningIntegrationWandb
    """The settings for your integration with Weights and Biases. This payload specifies
    the project that
    metrics will be sent to. Optionally, you can set an explicit display name for
    your run, add tags
    to your run, and set a default entity (team, username, etc) to be associated with
    your run.
    """
