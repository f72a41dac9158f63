"""BetaResponseMCPCallArgumentsDeltaEvent: Emitted when there is a delta (partial
update) to the arguments of an MCP tool call.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaResponseMCPCallArgumentsDeltaEvent"]


class BetaResponseMCPCallArgumentsDeltaEvent(BaseModel):
    """Emitted when there is a delta (partial update) to the arguments of an MCP tool
    call.
    """

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.mcp_call_arguments.delta"]
    """The type of the event. Always 'response.mcp_call_arguments.delta'."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the MCP tool call item being processed."""

    delta: str
    """A JSON string containing the partial update to the arguments for the MCP tool
    call.
    """

    sequence_number: int
    """The sequence number of this event."""
