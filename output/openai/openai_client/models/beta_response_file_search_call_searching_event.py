"""BetaResponseFileSearchCallSearchingEvent: Emitted when a file search is currently
searching.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaResponseFileSearchCallSearchingEvent"]


class BetaResponseFileSearchCallSearchingEvent(BaseModel):
    """Emitted when a file search is currently searching."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.file_search_call.searching"]
    """The type of the event. Always `response.file_search_call.searching`."""

    output_index: int
    """The index of the output item that the file search call is searching."""

    item_id: str
    """The ID of the output item that the file search call is initiated."""

    sequence_number: int
    """The sequence number of this event."""
