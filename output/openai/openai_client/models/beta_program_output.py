from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_program_output_status import BetaProgramOutputStatus

__all__ = ["BetaProgramOutput"]


class BetaProgramOutput(BaseModel):
    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["program_output"]
    """The type of the item. Always `program_output`."""

    id: str
    """The unique ID of the program output item."""

    call_id: str
    """The call ID of the program item."""

    result: str
    """The result produced by the program item."""

    status: BetaProgramOutputStatus
    """The terminal status of the program output item."""
