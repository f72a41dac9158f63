"""RunStepDetailsMessageCreationObject: Details of the message creation by the run step."""

from typing import Literal

from .._base_model import BaseModel
from .run_step_details_message_creation_object_message_creation import (
    RunStepDetailsMessageCreationObjectMessageCreation,
)

__all__ = ["RunStepDetailsMessageCreationObject"]


class RunStepDetailsMessageCreationObject(BaseModel):
    """Details of the message creation by the run step."""

    type: Literal["message_creation"]
    """Always `message_creation`."""

    message_creation: RunStepDetailsMessageCreationObjectMessageCreation
