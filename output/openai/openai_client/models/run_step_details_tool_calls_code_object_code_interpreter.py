"""RunStepDetailsToolCallsCodeObjectCodeInterpreter: The Code Interpreter tool call
definition.
"""

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .run_step_details_tool_calls_code_output_image_object import (
    RunStepDetailsToolCallsCodeOutputImageObject,
)
from .run_step_details_tool_calls_code_output_logs_object import (
    RunStepDetailsToolCallsCodeOutputLogsObject,
)

__all__ = ["RunStepDetailsToolCallsCodeObjectCodeInterpreter"]


class RunStepDetailsToolCallsCodeObjectCodeInterpreter(BaseModel):
    """The Code Interpreter tool call definition."""

    input: str
    """The input to the Code Interpreter tool call."""

    outputs: list[
        Annotated[
            Annotated[
                RunStepDetailsToolCallsCodeOutputLogsObject,
                pydantic.Tag("RunStepDetailsToolCallsCodeOutputLogsObject"),
            ]
            | Annotated[
                RunStepDetailsToolCallsCodeOutputImageObject,
                pydantic.Tag("RunStepDetailsToolCallsCodeOutputImageObject"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "logs": "RunStepDetailsToolCallsCodeOutputLogsObject",
                    "image": "RunStepDetailsToolCallsCodeOutputImageObject",
                },
            ),
        ]
    ]
    """The outputs from the Code Interpreter tool call. Code Interpreter can output one
    or more items, including text (`logs`) or images (`image`). Each of these are
    represented by a different object type.
    """
