"""ToolCallCaller: The execution context that produced this tool call."""

from __future__ import annotations

import pydantic
from .._base_model import discriminate
from typing import Annotated, Any
from .direct_tool_call_caller import DirectToolCallCaller
from .program_tool_call_caller import ProgramToolCallCaller
from typing_extensions import TypeAlias

__all__ = ["ToolCallCaller"]

ToolCallCaller: TypeAlias = Annotated[
    Annotated[DirectToolCallCaller, pydantic.Tag("DirectToolCallCaller")]
    | Annotated[ProgramToolCallCaller, pydantic.Tag("ProgramToolCallCaller")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type", "type", {"direct": "DirectToolCallCaller", "program": "ProgramToolCallCaller"}
    ),
]
"""The execution context that produced this tool call."""
