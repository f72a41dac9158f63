"""BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting: Emitted when
the code interpreter is actively interpreting the code snippet.
"""

from .beta_response_code_interpreter_call_interpreting_event import (
    BetaResponseCodeInterpreterCallInterpretingEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting"]


class BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting(
    BetaResponseCodeInterpreterCallInterpretingEvent
):
    """Emitted when the code interpreter is actively interpreting the code snippet."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
