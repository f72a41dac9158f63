"""RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter: The Code Interpreter tool
call definition.
"""

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .run_step_delta_step_details_tool_calls_code_output_image_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
)
from .run_step_delta_step_details_tool_calls_code_output_logs_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
)

__all__ = ["RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter"]


class RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter(BaseModel):
    """The Code Interpreter tool call definition."""

    input: str | None = None
    """The input to the Code Interpreter tool call."""

    outputs: (
        list[
            Annotated[
                Annotated[
                    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
                    pydantic.Tag(
                        "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject"
                    ),
                ]
                | Annotated[
                    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
                    pydantic.Tag(
                        "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject"
                    ),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "logs": "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject",
                        "image": "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject",
                    },
                ),
            ]
        ]
        | None
    ) = None
    """The outputs from the Code Interpreter tool call. Code Interpreter can output one
    or more items, including text (`logs`) or images (`image`). Each of these are
    represented by a different object type.
    """
