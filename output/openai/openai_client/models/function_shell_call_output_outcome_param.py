"""FunctionShellCallOutputOutcomeParam: The exit or timeout outcome associated with this shell call."""

from __future__ import annotations

import pydantic
from .._base_model import discriminate
from typing import Annotated, Any
from .function_shell_call_output_timeout_outcome_param import (
    FunctionShellCallOutputTimeoutOutcomeParam,
)
from .function_shell_call_output_exit_outcome_param import FunctionShellCallOutputExitOutcomeParam
from typing_extensions import TypeAlias

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
