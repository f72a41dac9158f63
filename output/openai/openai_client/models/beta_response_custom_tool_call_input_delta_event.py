"""BetaResponseCustomToolCallInputDeltaEvent: Event representing a delta (partial
update) to the input of a custom tool call.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaResponseCustomToolCallInputDeltaEvent"]


class BetaResponseCustomToolCallInputDeltaEvent(BaseModel):
    """Event representing a delta (partial update) to the input of a custom tool call."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.custom_tool_call_input.delta"]
    """The event type identifier."""

    sequence_number: int
    """The sequence number of this event."""

    output_index: int
    """The index of the output this delta applies to."""

    item_id: str
    """Unique identifier for the API item associated with this event."""

    delta: str
    """The incremental input data (delta) for the custom tool call."""
