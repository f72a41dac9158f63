"""ToolCallCallerParam: The execution context that produced this tool call."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .direct_tool_call_caller_param import DirectToolCallCallerParam
from .program_tool_call_caller_param import ProgramToolCallCallerParam

__all__ = ["ToolCallCallerParam"]

ToolCallCallerParam: TypeAlias = Annotated[
    Annotated[DirectToolCallCallerParam, pydantic.Tag("DirectToolCallCallerParam")]
    | Annotated[ProgramToolCallCallerParam, pydantic.Tag("ProgramToolCallCallerParam")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "direct": "DirectToolCallCallerParam",
            "program": "ProgramToolCallCallerParam",
        },
    ),
]
"""The execution context that produced this tool call."""
