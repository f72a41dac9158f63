"""RunStepDeltaStepDetailsMessageCreationObject: Details of the message creation by the
run step.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RunStepDeltaStepDetailsMessageCreationObject"]


class RunStepDeltaStepDetailsMessageCreationObject(BaseModel):
    """Details of the message creation by the run step."""

    type: Literal["message_creation"]
    """Always `message_creation`."""

    message_creation: (
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation | None
    ) = None


# Imported last so that models referring to each other can load in any order.
from .run_step_delta_step_details_message_creation_object_message_creation import (  # noqa: E402
    RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
)
