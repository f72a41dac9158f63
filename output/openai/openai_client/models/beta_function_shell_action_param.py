"""BetaFunctionShellActionParam: Commands and limits describing how to run the shell
tool call.
"""

from .._base_model import BaseModel

__all__ = ["BetaFunctionShellActionParam"]


class BetaFunctionShellActionParam(BaseModel):
    """Commands and limits describing how to run the shell tool call."""

    commands: list[str]
    """Ordered shell commands for the execution environment to run."""

    timeout_ms: int | None = None

    max_output_length: int | None = None
