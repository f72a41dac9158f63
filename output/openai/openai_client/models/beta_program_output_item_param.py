from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag_param import BetaAgentTagParam
from .beta_program_output_item_status import BetaProgramOutputItemStatus

__all__ = ["BetaProgramOutputItemParam"]


class BetaProgramOutputItemParam(BaseModel):
    agent: BetaAgentTagParam | None = None

    id: str
    """The unique ID of this program output item."""

    type: Literal["program_output"]
    """The item type. Always `program_output`."""

    call_id: str
    """The call ID of the program item."""

    result: str
    """The result produced by the program item."""

    status: BetaProgramOutputItemStatus
    """The terminal status of the program output."""
