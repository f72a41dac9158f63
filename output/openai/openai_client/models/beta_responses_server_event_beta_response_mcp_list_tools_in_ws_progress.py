"""BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress: Emitted when the system
is in the process of retrieving the list of available MCP tools.
"""

from .beta_response_mcp_list_tools_in_progress_event import (
    BetaResponseMCPListToolsInProgressEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress"]


class BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress(
    BetaResponseMCPListToolsInProgressEvent
):
    """Emitted when the system is in the process of retrieving the list of available MCP
    tools.
    """

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
