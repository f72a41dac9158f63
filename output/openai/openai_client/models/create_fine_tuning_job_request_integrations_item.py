from typing import Literal

from .._base_model import BaseModel
from .create_fine_tuning_job_request_integrations_item_wandb import (
    CreateFineTuningJobRequestIntegrationsItemWandb,
)

__all__ = ["CreateFineTuningJobRequestIntegrationsItem"]


class CreateFineTuningJobRequestIntegrationsItem(BaseModel):
    type: Literal["wandb"]
    """The type of integration to enable. Currently, only "wandb" (Weights and Biases)
    is supported.
    """

    wandb: CreateFineTuningJobRequestIntegrationsItemWandb
    """The settings for your integration with Weights and Biases. This payload specifies
    the project that
    metrics will be sent to. Optionally, you can set an explicit display name for
    your run, add tags
    to your run, and set a default entity (team, username, etc) to be associated with
    your run.
    """
