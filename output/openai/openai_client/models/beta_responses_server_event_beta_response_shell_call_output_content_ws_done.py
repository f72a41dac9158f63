"""BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone: A streaming event
that indicated shell call output was completed.
"""

from .beta_response_shell_call_output_content_done_streaming_event import (
    BetaResponseShellCallOutputContentDoneStreamingEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone"]


class BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone(
    BetaResponseShellCallOutputContentDoneStreamingEvent
):
    """A streaming event that indicated shell call output was completed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
from .beta_function_shell_call_output_content import (  # noqa: E402
    BetaFunctionShellCallOutputContent as BetaFunctionShellCallOutputContent,
)
