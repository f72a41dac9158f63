"""BetaLocalShellToolParam: A tool that allows the model to execute shell commands in a
local environment.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaLocalShellToolParam"]


class BetaLocalShellToolParam(BaseModel):
    """A tool that allows the model to execute shell commands in a local environment."""

    type: Literal["local_shell"]
    """The type of the local shell tool. Always `local_shell`."""
