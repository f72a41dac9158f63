"""BetaFunctionShellCallOutputContent: The content of a shell tool call output that was
emitted.
"""

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .beta_function_shell_call_output_exit_outcome import (
    BetaFunctionShellCallOutputExitOutcome,
)
from .beta_function_shell_call_output_timeout_outcome import (
    BetaFunctionShellCallOutputTimeoutOutcome,
)

__all__ = ["BetaFunctionShellCallOutputContent"]


class BetaFunctionShellCallOutputContent(BaseModel):
    """The content of a shell tool call output that was emitted."""

    stdout: str
    """The standard output that was captured."""

    stderr: str
    """The standard error output that was captured."""

    outcome: Annotated[
        Annotated[
            BetaFunctionShellCallOutputTimeoutOutcome,
            pydantic.Tag("BetaFunctionShellCallOutputTimeoutOutcome"),
        ]
        | Annotated[
            BetaFunctionShellCallOutputExitOutcome,
            pydantic.Tag("BetaFunctionShellCallOutputExitOutcome"),
        ]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "timeout": "BetaFunctionShellCallOutputTimeoutOutcome",
                "exit": "BetaFunctionShellCallOutputExitOutcome",
            },
        ),
    ]
    """Represents either an exit outcome (with an exit code) or a timeout outcome for a
    shell call output chunk.
    """

    created_by: str | None = None
    """The identifier of the actor that created the item."""
