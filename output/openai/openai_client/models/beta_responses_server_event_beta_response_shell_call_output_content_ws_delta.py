"""BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta: A streaming event
that indicated shell call output was incrementally added.
"""

from .beta_response_shell_call_output_content_delta_streaming_event import (
    BetaResponseShellCallOutputContentDeltaStreamingEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta"]


class BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta(
    BetaResponseShellCallOutputContentDeltaStreamingEvent
):
    """A streaming event that indicated shell call output was incrementally added."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
from .beta_shell_call_output_delta import (  # noqa: E402
    BetaShellCallOutputDelta as BetaShellCallOutputDelta,
)
