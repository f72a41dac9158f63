"""BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone: Emitted when the
code snippet is finalized by the code interpreter.
"""

from .beta_response_code_interpreter_call_code_done_event import (
    BetaResponseCodeInterpreterCallCodeDoneEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone"]


class BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone(
    BetaResponseCodeInterpreterCallCodeDoneEvent
):
    """Emitted when the code snippet is finalized by the code interpreter."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
