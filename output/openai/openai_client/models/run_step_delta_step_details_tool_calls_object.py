"""RunStepDeltaStepDetailsToolCallsObject: Details of the tool call."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .run_step_delta_step_details_tool_calls_code_object import (
    RunStepDeltaStepDetailsToolCallsCodeObject,
)
from .run_step_delta_step_details_tool_calls_file_search_object import (
    RunStepDeltaStepDetailsToolCallsFileSearchObject,
)
from .run_step_delta_step_details_tool_calls_function_object import (
    RunStepDeltaStepDetailsToolCallsFunctionObject,
)

__all__ = ["RunStepDeltaStepDetailsToolCallsObject"]


class RunStepDeltaStepDetailsToolCallsObject(BaseModel):
    """Details of the tool call."""

    type: Literal["tool_calls"]
    """Always `tool_calls`."""

    tool_calls: (
        list[
            Annotated[
                Annotated[
                    RunStepDeltaStepDetailsToolCallsCodeObject,
                    pydantic.Tag("RunStepDeltaStepDetailsToolCallsCodeObject"),
                ]
                | Annotated[
                    RunStepDeltaStepDetailsToolCallsFileSearchObject,
                    pydantic.Tag("RunStepDeltaStepDetailsToolCallsFileSearchObject"),
                ]
                | Annotated[
                    RunStepDeltaStepDetailsToolCallsFunctionObject,
                    pydantic.Tag("RunStepDeltaStepDetailsToolCallsFunctionObject"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "code_interpreter": "RunStepDeltaStepDetailsToolCallsCodeObject",
                        "file_search": "RunStepDeltaStepDetailsToolCallsFileSearchObject",
                        "function": "RunStepDeltaStepDetailsToolCallsFunctionObject",
                    },
                ),
            ]
        ]
        | None
    ) = None
    """An array of tool calls the run step was involved in. These can be associated with
    one of three types of tools: `code_interpreter`, `file_search`, or `function`.
    """
