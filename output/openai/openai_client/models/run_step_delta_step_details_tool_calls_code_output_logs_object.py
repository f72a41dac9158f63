"""RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject: Text output from the Code
Interpreter tool call as part of a run step.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject"]


class RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject(BaseModel):
    """Text output from the Code Interpreter tool call as part of a run step."""

    index: int
    """The index of the output in the outputs array."""

    type: Literal["logs"]
    """Always `logs`."""

    logs: str | None = None
    """The text output from the Code Interpreter tool call."""
