"""ResponseCodeInterpreterCallCompletedEvent: Emitted when the code interpreter call is
completed.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ResponseCodeInterpreterCallCompletedEvent"]


class ResponseCodeInterpreterCallCompletedEvent(BaseModel):
    """Emitted when the code interpreter call is completed."""

    type: Literal["response.code_interpreter_call.completed"]
    """The type of the event. Always `response.code_interpreter_call.completed`."""

    output_index: int
    """The index of the output item in the response for which the code interpreter call
    is completed.
    """

    item_id: str
    """The unique identifier of the code interpreter tool call item."""

    sequence_number: int
    """The sequence number of this event, used to order streaming events."""
