"""BetaResponsesServerEventBetaResponseMcpCallWsFailed: Emitted when an MCP  tool call
has failed.
"""

from .beta_response_mcp_call_failed_event import BetaResponseMCPCallFailedEvent

__all__ = ["BetaResponsesServerEventBetaResponseMcpCallWsFailed"]


class BetaResponsesServerEventBetaResponseMcpCallWsFailed(
    BetaResponseMCPCallFailedEvent
):
    """Emitted when an MCP  tool call has failed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
