"""BetaResponseFunctionCallArgumentsDeltaEvent: Emitted when there is a partial
function-call arguments delta.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaResponseFunctionCallArgumentsDeltaEvent"]


class BetaResponseFunctionCallArgumentsDeltaEvent(BaseModel):
    """Emitted when there is a partial function-call arguments delta."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.function_call_arguments.delta"]
    """The type of the event. Always `response.function_call_arguments.delta`."""

    item_id: str
    """The ID of the output item that the function-call arguments delta is added to."""

    output_index: int
    """The index of the output item that the function-call arguments delta is added to."""

    sequence_number: int
    """The sequence number of this event."""

    delta: str
    """The function-call arguments delta that is added."""
