"""BetaLocalShellExecAction: Execute a shell command on the server."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaLocalShellExecAction"]


class BetaLocalShellExecAction(BaseModel):
    """Execute a shell command on the server."""

    type: Literal["exec"]
    """The type of the local shell action. Always `exec`."""

    command: list[str]
    """The command to run."""

    timeout_ms: int | None = None

    working_directory: str | None = None

    env: dict[str, str]
    """Environment variables to set for the command."""

    user: str | None = None
