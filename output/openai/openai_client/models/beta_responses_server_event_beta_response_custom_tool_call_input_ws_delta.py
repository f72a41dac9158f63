"""BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta: Event representing a
delta (partial update) to the input of a custom tool call.
"""

from .beta_response_custom_tool_call_input_delta_event import (
    BetaResponseCustomToolCallInputDeltaEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta"]


class BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta(
    BetaResponseCustomToolCallInputDeltaEvent
):
    """Event representing a delta (partial update) to the input of a custom tool call."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
