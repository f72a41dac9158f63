"""RunStepDeltaObjectDelta: The delta containing the fields that have changed on the run
step.
"""

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .run_step_delta_step_details_message_creation_object import (
    RunStepDeltaStepDetailsMessageCreationObject,
)
from .run_step_delta_step_details_tool_calls_object import (
    RunStepDeltaStepDetailsToolCallsObject,
)

__all__ = ["RunStepDeltaObjectDelta"]


class RunStepDeltaObjectDelta(BaseModel):
    """The delta containing the fields that have changed on the run step."""

    step_details: (
        Annotated[
            Annotated[
                RunStepDeltaStepDetailsMessageCreationObject,
                pydantic.Tag("RunStepDeltaStepDetailsMessageCreationObject"),
            ]
            | Annotated[
                RunStepDeltaStepDetailsToolCallsObject,
                pydantic.Tag("RunStepDeltaStepDetailsToolCallsObject"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "message_creation": "RunStepDeltaStepDetailsMessageCreationObject",
                    "tool_calls": "RunStepDeltaStepDetailsToolCallsObject",
                },
            ),
        ]
        | None
    ) = None
    """The details of the run step."""
