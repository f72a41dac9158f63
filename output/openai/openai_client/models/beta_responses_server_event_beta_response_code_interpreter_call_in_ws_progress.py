"""BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress: Emitted when a
code interpreter call is in progress.
"""

from .beta_response_code_interpreter_call_in_progress_event import (
    BetaResponseCodeInterpreterCallInProgressEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress"]


class BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress(
    BetaResponseCodeInterpreterCallInProgressEvent
):
    """Emitted when a code interpreter call is in progress."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
