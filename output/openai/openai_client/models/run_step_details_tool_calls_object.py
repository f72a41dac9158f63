"""RunStepDetailsToolCallsObject: Details of the tool call."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .run_step_details_tool_calls_code_object import RunStepDetailsToolCallsCodeObject
from .run_step_details_tool_calls_file_search_object import (
    RunStepDetailsToolCallsFileSearchObject,
)
from .run_step_details_tool_calls_function_object import (
    RunStepDetailsToolCallsFunctionObject,
)

__all__ = ["RunStepDetailsToolCallsObject"]


class RunStepDetailsToolCallsObject(BaseModel):
    """Details of the tool call."""

    type: Literal["tool_calls"]
    """Always `tool_calls`."""

    tool_calls: list[
        Annotated[
            Annotated[
                RunStepDetailsToolCallsCodeObject,
                pydantic.Tag("RunStepDetailsToolCallsCodeObject"),
            ]
            | Annotated[
                RunStepDetailsToolCallsFileSearchObject,
                pydantic.Tag("RunStepDetailsToolCallsFileSearchObject"),
            ]
            | Annotated[
                RunStepDetailsToolCallsFunctionObject,
                pydantic.Tag("RunStepDetailsToolCallsFunctionObject"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "code_interpreter": "RunStepDetailsToolCallsCodeObject",
                    "file_search": "RunStepDetailsToolCallsFileSearchObject",
                    "function": "RunStepDetailsToolCallsFunctionObject",
                },
            ),
        ]
    ]
    """An array of tool calls the run step was involved in. These can be associated with
    one of three types of tools: `code_interpreter`, `file_search`, or `function`.
    """
