"""ResponseCodeInterpreterCallInProgressEvent: Emitted when a code interpreter call is
in progress.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ResponseCodeInterpreterCallInProgressEvent"]


class ResponseCodeInterpreterCallInProgressEvent(BaseModel):
    """Emitted when a code interpreter call is in progress."""

    type: Literal["response.code_interpreter_call.in_progress"]
    """The type of the event. Always `response.code_interpreter_call.in_progress`."""

    output_index: int
    """The index of the output item in the response for which the code interpreter call
    is in progress.
    """

    item_id: str
    """The unique identifier of the code interpreter tool call item."""

    sequence_number: int
    """The sequence number of this event, used to order streaming events."""
