"""BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone: Emitted when the
arguments for an MCP tool call are finalized.
"""

from .beta_response_mcp_call_arguments_done_event import (
    BetaResponseMCPCallArgumentsDoneEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone"]


class BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone(
    BetaResponseMCPCallArgumentsDoneEvent
):
    """Emitted when the arguments for an MCP tool call are finalized."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
