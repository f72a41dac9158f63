"""BetaResponseWsError: Emitted when an error occurs while processing a Responses
WebSocket request.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_error_payload import BetaErrorPayload

__all__ = ["BetaResponseWsError"]


class BetaResponseWsError(BaseModel):
    """Emitted when an error occurs while processing a Responses WebSocket request."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["error"]
    """The type of the event. Always `error`."""

    status: int | None = None
    """The HTTP status code associated with a WebSocket protocol error."""

    sequence_number: int | None = None
    """The sequence number of an error emitted by the response stream."""

    error: BetaErrorPayload
    """Details about the error."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present when the
    originating `response.create` event supplied a `stream_id`.
    """
