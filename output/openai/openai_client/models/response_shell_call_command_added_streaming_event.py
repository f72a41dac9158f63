"""ResponseShellCallCommandAddedStreamingEvent: A streaming event that indicated a shell
command was added to a tool call.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ResponseShellCallCommandAddedStreamingEvent"]


class ResponseShellCallCommandAddedStreamingEvent(BaseModel):
    """A streaming event that indicated a shell command was added to a tool call."""

    type: Literal["response.shell_call_command.added"]
    """The type of the event, always `response.shell_call_command.added`."""

    sequence_number: int
    """The sequence number of the event that was emitted."""

    output_index: int
    """The index of the output item that was updated."""

    command_index: int
    """The index of the shell command that was added."""

    command: str
    """The shell command that was added."""
