"""FunctionShellCallOutputExitOutcome: Indicates that the shell commands finished and
returned an exit code.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["FunctionShellCallOutputExitOutcome"]


class FunctionShellCallOutputExitOutcome(BaseModel):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Literal["exit"]
    """The outcome type. Always `exit`."""

    exit_code: int
    """Exit code from the shell process."""
