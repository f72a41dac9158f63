"""BetaResponseMCPCallCompletedEvent: Emitted when an MCP  tool call has completed
successfully.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaResponseMCPCallCompletedEvent"]


class BetaResponseMCPCallCompletedEvent(BaseModel):
    """Emitted when an MCP  tool call has completed successfully."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.mcp_call.completed"]
    """The type of the event. Always 'response.mcp_call.completed'."""

    item_id: str
    """The ID of the MCP tool call item that completed."""

    output_index: int
    """The index of the output item that completed."""

    sequence_number: int
    """The sequence number of this event."""
