"""BetaResponseTextDeltaEvent: Emitted when there is an additional text delta."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_response_log_prob import BetaResponseLogProb

__all__ = ["BetaResponseTextDeltaEvent"]


class BetaResponseTextDeltaEvent(BaseModel):
    """Emitted when there is an additional text delta."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.output_text.delta"]
    """The type of the event. Always `response.output_text.delta`."""

    item_id: str
    """The ID of the output item that the text delta was added to."""

    output_index: int
    """The index of the output item that the text delta was added to."""

    content_index: int
    """The index of the content part that the text delta was added to."""

    delta: str
    """The text delta that was added."""

    sequence_number: int
    """The sequence number for this event."""

    logprobs: list[BetaResponseLogProb]
    """The log probabilities of the tokens in the delta."""
