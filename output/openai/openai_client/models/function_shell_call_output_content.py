"""FunctionShellCallOutputContent: The content of a shell tool call output that was
emitted.
"""

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome
from .function_shell_call_output_timeout_outcome import (
    FunctionShellCallOutputTimeoutOutcome,
)

__all__ = ["FunctionShellCallOutputContent"]


class FunctionShellCallOutputContent(BaseModel):
    """The content of a shell tool call output that was emitted."""

    stdout: str
    """The standard output that was captured."""

    stderr: str
    """The standard error output that was captured."""

    outcome: Annotated[
        Annotated[
            FunctionShellCallOutputTimeoutOutcome,
            pydantic.Tag("FunctionShellCallOutputTimeoutOutcome"),
        ]
        | Annotated[
            FunctionShellCallOutputExitOutcome,
            pydantic.Tag("FunctionShellCallOutputExitOutcome"),
        ]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "timeout": "FunctionShellCallOutputTimeoutOutcome",
                "exit": "FunctionShellCallOutputExitOutcome",
            },
        ),
    ]
    """Represents either an exit outcome (with an exit code) or a timeout outcome for a
    shell call output chunk.
    """

    created_by: str | None = None
    """The identifier of the actor that created the item."""
