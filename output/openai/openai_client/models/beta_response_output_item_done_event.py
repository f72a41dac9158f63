"""BetaResponseOutputItemDoneEvent: Emitted when an output item is marked done."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_output_item import BetaOutputItem

__all__ = ["BetaResponseOutputItemDoneEvent"]


class BetaResponseOutputItemDoneEvent(BaseModel):
    """Emitted when an output item is marked done."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.output_item.done"]
    """The type of the event. Always `response.output_item.done`."""

    output_index: int
    """The index of the output item that was marked done."""

    sequence_number: int
    """The sequence number of this event."""

    item: BetaOutputItem
    """The output item that was marked done."""
