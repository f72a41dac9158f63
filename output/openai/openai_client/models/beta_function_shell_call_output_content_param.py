"""BetaFunctionShellCallOutputContentParam: Captured stdout and stderr for a portion of
a shell tool call output.
"""

from .._base_model import BaseModel
from .beta_function_shell_call_output_outcome_param import (
    BetaFunctionShellCallOutputOutcomeParam,
)

__all__ = ["BetaFunctionShellCallOutputContentParam"]


class BetaFunctionShellCallOutputContentParam(BaseModel):
    """Captured stdout and stderr for a portion of a shell tool call output."""

    stdout: str
    """Captured stdout output for the shell call."""

    stderr: str
    """Captured stderr output for the shell call."""

    outcome: BetaFunctionShellCallOutputOutcomeParam
    """The exit or timeout outcome associated with this shell call."""
