"""BetaFunctionShellCallOutputExitOutcomeParam: Indicates that the shell commands
finished and returned an exit code.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaFunctionShellCallOutputExitOutcomeParam"]


class BetaFunctionShellCallOutputExitOutcomeParam(BaseModel):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Literal["exit"]
    """The outcome type. Always `exit`."""

    exit_code: int
    """The exit code returned by the shell process."""
