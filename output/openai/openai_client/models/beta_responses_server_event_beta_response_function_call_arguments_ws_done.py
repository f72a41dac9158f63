"""BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone: Emitted when
function-call arguments are finalized.
"""

from .beta_response_function_call_arguments_done_event import (
    BetaResponseFunctionCallArgumentsDoneEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone"]


class BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone(
    BetaResponseFunctionCallArgumentsDoneEvent
):
    """Emitted when function-call arguments are finalized."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
