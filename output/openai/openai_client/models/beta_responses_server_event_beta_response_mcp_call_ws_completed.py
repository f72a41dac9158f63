"""BetaResponsesServerEventBetaResponseMcpCallWsCompleted: Emitted when an MCP  tool
call has completed successfully.
"""

from .beta_response_mcp_call_completed_event import BetaResponseMCPCallCompletedEvent

__all__ = ["BetaResponsesServerEventBetaResponseMcpCallWsCompleted"]


class BetaResponsesServerEventBetaResponseMcpCallWsCompleted(
    BetaResponseMCPCallCompletedEvent
):
    """Emitted when an MCP  tool call has completed successfully."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
