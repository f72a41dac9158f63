"""RealtimeServerEventResponseFunctionCallArgumentsDelta: Returned when the
model-generated function call arguments are updated.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeServerEventResponseFunctionCallArgumentsDelta"]


class RealtimeServerEventResponseFunctionCallArgumentsDelta(BaseModel):
    """Returned when the model-generated function call arguments are updated."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.function_call_arguments.delta"]
    """The event type, must be `response.function_call_arguments.delta`."""

    response_id: str
    """The ID of the response."""

    item_id: str
    """The ID of the function call item."""

    output_index: int
    """The index of the output item in the response."""

    call_id: str
    """The ID of the function call."""

    delta: str
    """The arguments delta as a JSON string."""
