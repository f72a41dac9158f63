"""BetaFunctionShellCallOutputOutcomeParam: The exit or timeout outcome associated with
this shell call.
"""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .beta_function_shell_call_output_exit_outcome_param import (
    BetaFunctionShellCallOutputExitOutcomeParam,
)
from .beta_function_shell_call_output_timeout_outcome_param import (
    BetaFunctionShellCallOutputTimeoutOutcomeParam,
)

__all__ = ["BetaFunctionShellCallOutputOutcomeParam"]

BetaFunctionShellCallOutputOutcomeParam: TypeAlias = Annotated[
    Annotated[
        BetaFunctionShellCallOutputTimeoutOutcomeParam,
        pydantic.Tag("BetaFunctionShellCallOutputTimeoutOutcomeParam"),
    ]
    | Annotated[
        BetaFunctionShellCallOutputExitOutcomeParam,
        pydantic.Tag("BetaFunctionShellCallOutputExitOutcomeParam"),
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "timeout": "BetaFunctionShellCallOutputTimeoutOutcomeParam",
            "exit": "BetaFunctionShellCallOutputExitOutcomeParam",
        },
    ),
]
"""The exit or timeout outcome associated with this shell call."""
