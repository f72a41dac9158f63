from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .create_fine_tuning_job_request_integrations_item_wandb import (  # noqa: E402
    CreateFineTuningJobRequestIntegrationsItemWandb,
)
