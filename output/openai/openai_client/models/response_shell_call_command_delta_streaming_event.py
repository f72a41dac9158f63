"""ResponseShellCallCommandDeltaStreamingEvent: A streaming event that indicated a shell
command was incrementally updated.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ResponseShellCallCommandDeltaStreamingEvent"]


class ResponseShellCallCommandDeltaStreamingEvent(BaseModel):
    """A streaming event that indicated a shell command was incrementally updated."""

    type: Literal["response.shell_call_command.delta"]
    """The type of the event, always `response.shell_call_command.delta`."""

    sequence_number: int
    """The sequence number of the event that was emitted."""

    output_index: int
    """The index of the output item that was updated."""

    command_index: int
    """The index of the shell command that was updated."""

    delta: str
    """The shell command delta that was appended."""

    obfuscation: str | None = None
    """An obfuscation string that was added to pad the event payload."""
