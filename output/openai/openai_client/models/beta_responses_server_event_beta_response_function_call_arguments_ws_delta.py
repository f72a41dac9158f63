"""BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta: Emitted when there
is a partial function-call arguments delta.
"""

from .beta_response_function_call_arguments_delta_event import (
    BetaResponseFunctionCallArgumentsDeltaEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta"]


class BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta(
    BetaResponseFunctionCallArgumentsDeltaEvent
):
    """Emitted when there is a partial function-call arguments delta."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
