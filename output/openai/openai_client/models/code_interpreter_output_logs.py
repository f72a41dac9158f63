"""CodeInterpreterOutputLogs: The logs output from the code interpreter."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["CodeInterpreterOutputLogs"]


class CodeInterpreterOutputLogs(BaseModel):
    """The logs output from the code interpreter."""

    type: Literal["logs"]
    """The type of the output. Always `logs`."""

    logs: str
    """The logs output from the code interpreter."""
