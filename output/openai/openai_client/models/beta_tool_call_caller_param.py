"""BetaToolCallCallerParam: The execution context that produced this tool call."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .beta_direct_tool_call_caller_param import BetaDirectToolCallCallerParam
from .beta_program_tool_call_caller_param import BetaProgramToolCallCallerParam

__all__ = ["BetaToolCallCallerParam"]

BetaToolCallCallerParam: TypeAlias = Annotated[
    Annotated[
        BetaDirectToolCallCallerParam, pydantic.Tag("BetaDirectToolCallCallerParam")
    ]
    | Annotated[
        BetaProgramToolCallCallerParam, pydantic.Tag("BetaProgramToolCallCallerParam")
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "direct": "BetaDirectToolCallCallerParam",
            "program": "BetaProgramToolCallCallerParam",
        },
    ),
]
"""The execution context that produced this tool call."""
