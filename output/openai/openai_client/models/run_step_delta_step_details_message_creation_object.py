"""RunStepDeltaStepDetailsMessageCreationObject: Details of the message creation by the
run step.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_step_delta_step_details_message_creation_object_message_creation import (
    RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
)

__all__ = ["RunStepDeltaStepDetailsMessageCreationObject"]


class RunStepDeltaStepDetailsMessageCreationObject(BaseModel):
    """Details of the message creation by the run step."""

    type: Literal["message_creation"]
    """Always `message_creation`."""

    message_creation: (
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation | None
    ) = None
