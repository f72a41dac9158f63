"""BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone: Event indicating that
input for a custom tool call is complete.
"""

from .beta_response_custom_tool_call_input_done_event import (
    BetaResponseCustomToolCallInputDoneEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone"]


class BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone(
    BetaResponseCustomToolCallInputDoneEvent
):
    """Event indicating that input for a custom tool call is complete."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
