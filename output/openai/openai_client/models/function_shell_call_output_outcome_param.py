"""FunctionShellCallOutputOutcomeParam: The exit or timeout outcome associated with this
shell call.
"""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .function_shell_call_output_exit_outcome_param import (
    FunctionShellCallOutputExitOutcomeParam,
)
from .function_shell_call_output_timeout_outcome_param import (
    FunctionShellCallOutputTimeoutOutcomeParam,
)

__all__ = ["FunctionShellCallOutputOutcomeParam"]

FunctionShellCallOutputOutcomeParam: TypeAlias = Annotated[
    Annotated[
        FunctionShellCallOutputTimeoutOutcomeParam,
        pydantic.Tag("FunctionShellCallOutputTimeoutOutcomeParam"),
    ]
    | Annotated[
        FunctionShellCallOutputExitOutcomeParam,
        pydantic.Tag("FunctionShellCallOutputExitOutcomeParam"),
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "timeout": "FunctionShellCallOutputTimeoutOutcomeParam",
            "exit": "FunctionShellCallOutputExitOutcomeParam",
        },
    ),
]
"""The exit or timeout outcome associated with this shell call."""
