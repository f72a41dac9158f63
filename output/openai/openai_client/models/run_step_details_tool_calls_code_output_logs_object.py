"""RunStepDetailsToolCallsCodeOutputLogsObject: Text output from the Code Interpreter
tool call as part of a run step.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RunStepDetailsToolCallsCodeOutputLogsObject"]


class RunStepDetailsToolCallsCodeOutputLogsObject(BaseModel):
    """Text output from the Code Interpreter tool call as part of a run step."""

    type: Literal["logs"]
    """Always `logs`."""

    logs: str
    """The text output from the Code Interpreter tool call."""
