"""FunctionShellAction: Execute a shell command."""

from .._base_model import BaseModel

__all__ = ["FunctionShellAction"]


class FunctionShellAction(BaseModel):
    """Execute a shell command."""

    commands: list[str]

    timeout_ms: int | None

    max_output_length: int | None
