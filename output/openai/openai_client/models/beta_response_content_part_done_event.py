"""BetaResponseContentPartDoneEvent: Emitted when a content part is done."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_output_content import BetaOutputContent

__all__ = ["BetaResponseContentPartDoneEvent"]


class BetaResponseContentPartDoneEvent(BaseModel):
    """Emitted when a content part is done."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.content_part.done"]
    """The type of the event. Always `response.content_part.done`."""

    item_id: str
    """The ID of the output item that the content part was added to."""

    output_index: int
    """The index of the output item that the content part was added to."""

    content_index: int
    """The index of the content part that is done."""

    sequence_number: int
    """The sequence number of this event."""

    part: BetaOutputContent
    """The content part that is done."""
