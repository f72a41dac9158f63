"""ResponseShellCallOutputContentDoneStreamingEvent: A streaming event that indicated
shell call output was completed.
"""

from typing import Literal

from .._base_model import BaseModel
from .function_shell_call_output_content import FunctionShellCallOutputContent

__all__ = ["ResponseShellCallOutputContentDoneStreamingEvent"]


class ResponseShellCallOutputContentDoneStreamingEvent(BaseModel):
    """A streaming event that indicated shell call output was completed."""

    type: Literal["response.shell_call_output_content.done"]
    """The type of the event, always `response.shell_call_output_content.done`."""

    sequence_number: int
    """The sequence number of the event that was emitted."""

    item_id: str
    """The ID of the output item that was updated."""

    output_index: int
    """The index of the output item that was updated."""

    command_index: int
    """The index of the shell command that produced output."""

    output: list[FunctionShellCallOutputContent]
    """The output contents emitted for the shell command."""
