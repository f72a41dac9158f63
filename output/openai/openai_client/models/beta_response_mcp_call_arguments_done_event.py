"""BetaResponseMCPCallArgumentsDoneEvent: Emitted when the arguments for an MCP tool
call are finalized.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaResponseMCPCallArgumentsDoneEvent"]


class BetaResponseMCPCallArgumentsDoneEvent(BaseModel):
    """Emitted when the arguments for an MCP tool call are finalized."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.mcp_call_arguments.done"]
    """The type of the event. Always 'response.mcp_call_arguments.done'."""

    output_index: int
    """The index of the output item in the response's output array."""

    item_id: str
    """The unique identifier of the MCP tool call item being processed."""

    arguments: str
    """A JSON string containing the finalized arguments for the MCP tool call."""

    sequence_number: int
    """The sequence number of this event."""
