"""BetaResponsesServerEventBetaResponseShellCallCommandWsDelta: A streaming event that
indicated a shell command was incrementally updated.
"""

from .beta_response_shell_call_command_delta_streaming_event import (
    BetaResponseShellCallCommandDeltaStreamingEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseShellCallCommandWsDelta"]


class BetaResponsesServerEventBetaResponseShellCallCommandWsDelta(
    BetaResponseShellCallCommandDeltaStreamingEvent
):
    """A streaming event that indicated a shell command was incrementally updated."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
