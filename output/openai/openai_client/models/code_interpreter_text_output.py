"""CodeInterpreterTextOutput: The output of a code interpreter tool call that is text."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["CodeInterpreterTextOutput"]


class CodeInterpreterTextOutput(BaseModel):
    """The output of a code interpreter tool call that is text."""

    type: Literal["logs"]
    """The type of the code interpreter text output. Always `logs`."""

    logs: str
    """The logs of the code interpreter tool call."""
