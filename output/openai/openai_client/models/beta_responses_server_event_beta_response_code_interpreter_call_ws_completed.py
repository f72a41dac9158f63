"""BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted: Emitted when the
code interpreter call is completed.
"""

from .beta_response_code_interpreter_call_completed_event import (
    BetaResponseCodeInterpreterCallCompletedEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted"]


class BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted(
    BetaResponseCodeInterpreterCallCompletedEvent
):
    """Emitted when the code interpreter call is completed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
