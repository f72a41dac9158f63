"""BetaToolCallCaller: The execution context that produced this tool call."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .beta_direct_tool_call_caller import BetaDirectToolCallCaller
from .beta_program_tool_call_caller import BetaProgramToolCallCaller

__all__ = ["BetaToolCallCaller"]

BetaToolCallCaller: TypeAlias = Annotated[
    Annotated[BetaDirectToolCallCaller, pydantic.Tag("BetaDirectToolCallCaller")]
    | Annotated[BetaProgramToolCallCaller, pydantic.Tag("BetaProgramToolCallCaller")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {"direct": "BetaDirectToolCallCaller", "program": "BetaProgramToolCallCaller"},
    ),
]
"""The execution context that produced this tool call."""
