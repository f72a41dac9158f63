"""ToolCallCaller: The execution context that produced this tool call."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .direct_tool_call_caller import DirectToolCallCaller
from .program_tool_call_caller import ProgramToolCallCaller

__all__ = ["ToolCallCaller"]

ToolCallCaller: TypeAlias = Annotated[
    Annotated[DirectToolCallCaller, pydantic.Tag("DirectToolCallCaller")]
    | Annotated[ProgramToolCallCaller, pydantic.Tag("ProgramToolCallCaller")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {"direct": "DirectToolCallCaller", "program": "ProgramToolCallCaller"},
    ),
]
"""The execution context that produced this tool call."""
