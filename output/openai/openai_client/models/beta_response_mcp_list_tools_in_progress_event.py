"""BetaResponseMCPListToolsInProgressEvent: Emitted when the system is in the process of
retrieving the list of available MCP tools.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaResponseMCPListToolsInProgressEvent"]


class BetaResponseMCPListToolsInProgressEvent(BaseModel):
    """Emitted when the system is in the process of retrieving the list of available MCP
    tools.
    """

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.mcp_list_tools.in_progress"]
    """The type of the event. Always 'response.mcp_list_tools.in_progress'."""

    item_id: str
    """The ID of the MCP tool call item that is being processed."""

    output_index: int
    """The index of the output item that is being processed."""

    sequence_number: int
    """The sequence number of this event."""
