"""RunStepObject: Represents a step in execution of a run."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .metadata import Metadata
from .run_step_completion_usage import RunStepCompletionUsage
from .run_step_details_message_creation_object import (
    RunStepDetailsMessageCreationObject,
)
from .run_step_details_tool_calls_object import RunStepDetailsToolCallsObject
from .run_step_object_last_error_variant1 import RunStepObjectLastErrorVariant1

__all__ = ["RunStepObject"]


class RunStepObject(BaseModel):
    """Represents a step in execution of a run."""

    id: str
    """The identifier of the run step, which can be referenced in API endpoints."""

    object: Literal["thread.run.step"]
    """The object type, which is always `thread.run.step`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the run step was created."""

    assistant_id: str
    """The ID of the [assistant](https://api.openai.com/docs/api-reference/assistants)
    associated with the run step.
    """

    thread_id: str
    """The ID of the [thread](https://api.openai.com/docs/api-reference/threads) that
    was run.
    """

    run_id: str
    """The ID of the [run](https://api.openai.com/docs/api-reference/runs) that this run
    step is a part of.
    """

    type: Literal["message_creation", "tool_calls"] | str
    """The type of run step, which can be either `message_creation` or `tool_calls`."""

    status: Literal["in_progress", "cancelled", "failed", "completed", "expired"] | str
    """The status of the run step, which can be either `in_progress`, `cancelled`,
    `failed`, `completed`, or `expired`.
    """

    step_details: Annotated[
        Annotated[
            RunStepDetailsMessageCreationObject,
            pydantic.Tag("RunStepDetailsMessageCreationObject"),
        ]
        | Annotated[
            RunStepDetailsToolCallsObject, pydantic.Tag("RunStepDetailsToolCallsObject")
        ]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "message_creation": "RunStepDetailsMessageCreationObject",
                "tool_calls": "RunStepDetailsToolCallsObject",
            },
        ),
    ]
    """The details of the run step."""

    last_error: RunStepObjectLastErrorVariant1 | None

    expired_at: int | None

    cancelled_at: int | None

    failed_at: int | None

    completed_at: int | None

    metadata: Metadata

    usage: RunStepCompletionUsage
