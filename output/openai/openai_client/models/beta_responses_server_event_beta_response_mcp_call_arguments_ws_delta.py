"""BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta: Emitted when there is a
delta (partial update) to the arguments of an MCP tool call.
"""

from .beta_response_mcp_call_arguments_delta_event import (
    BetaResponseMCPCallArgumentsDeltaEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta"]


class BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta(
    BetaResponseMCPCallArgumentsDeltaEvent
):
    """Emitted when there is a delta (partial update) to the arguments of an MCP tool
    call.
    """

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
