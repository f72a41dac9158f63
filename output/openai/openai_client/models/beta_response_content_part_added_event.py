"""BetaResponseContentPartAddedEvent: Emitted when a new content part is added."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_output_content import BetaOutputContent

__all__ = ["BetaResponseContentPartAddedEvent"]


class BetaResponseContentPartAddedEvent(BaseModel):
    """Emitted when a new content part is added."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.content_part.added"]
    """The type of the event. Always `response.content_part.added`."""

    item_id: str
    """The ID of the output item that the content part was added to."""

    output_index: int
    """The index of the output item that the content part was added to."""

    content_index: int
    """The index of the content part that was added."""

    part: BetaOutputContent
    """The content part that was added."""

    sequence_number: int
    """The sequence number of this event."""
