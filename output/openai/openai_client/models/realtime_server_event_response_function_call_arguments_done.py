"""RealtimeServerEventResponseFunctionCallArgumentsDone: Returned when the
model-generated function call arguments are done streaming.
Also emitted when a Response is interrupted, incomplete, or cancelled.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeServerEventResponseFunctionCallArgumentsDone"]


class RealtimeServerEventResponseFunctionCallArgumentsDone(BaseModel):
    """Returned when the model-generated function call arguments are done streaming.
    Also emitted when a Response is interrupted, incomplete, or cancelled.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.function_call_arguments.done"]
    """The event type, must be `response.function_call_arguments.done`."""

    response_id: str
    """The ID of the response."""

    item_id: str
    """The ID of the function call item."""

    output_index: int
    """The index of the output item in the response."""

    call_id: str
    """The ID of the function call."""

    name: str
    """The name of the function that was called."""

    arguments: str
    """The final arguments as a JSON string."""
