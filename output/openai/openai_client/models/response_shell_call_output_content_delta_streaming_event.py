"""ResponseShellCallOutputContentDeltaStreamingEvent: A streaming event that indicated
shell call output was incrementally added.
"""

from typing import Literal

from .._base_model import BaseModel
from .shell_call_output_delta import ShellCallOutputDelta

__all__ = ["ResponseShellCallOutputContentDeltaStreamingEvent"]


class ResponseShellCallOutputContentDeltaStreamingEvent(BaseModel):
    """A streaming event that indicated shell call output was incrementally added."""

    type: Literal["response.shell_call_output_content.delta"]
    """The type of the event, always `response.shell_call_output_content.delta`."""

    sequence_number: int
    """The sequence number of the event that was emitted."""

    item_id: str
    """The ID of the output item that was updated."""

    output_index: int
    """The index of the output item that was updated."""

    command_index: int
    """The index of the shell command that produced output."""

    delta: ShellCallOutputDelta
    """The stdout/stderr delta that was emitted."""
