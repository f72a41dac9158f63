"""BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted: Emitted when the list of
available MCP tools has been successfully retrieved.
"""

from .beta_response_mcp_list_tools_completed_event import (
    BetaResponseMCPListToolsCompletedEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted"]


class BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted(
    BetaResponseMCPListToolsCompletedEvent
):
    """Emitted when the list of available MCP tools has been successfully retrieved."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
