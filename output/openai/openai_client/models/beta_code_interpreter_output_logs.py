"""BetaCodeInterpreterOutputLogs: The logs output from the code interpreter."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaCodeInterpreterOutputLogs"]


class BetaCodeInterpreterOutputLogs(BaseModel):
    """The logs output from the code interpreter."""

    type: Literal["logs"]
    """The type of the output. Always `logs`."""

    logs: str
    """The logs output from the code interpreter."""
