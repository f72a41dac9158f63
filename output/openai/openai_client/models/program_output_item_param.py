from typing import Literal

from .._base_model import BaseModel
from .program_output_item_status import ProgramOutputItemStatus

__all__ = ["ProgramOutputItemParam"]


class ProgramOutputItemParam(BaseModel):
    id: str
    """The unique ID of this program output item."""

    type: Literal["program_output"]
    """The item type. Always `program_output`."""

    call_id: str
    """The call ID of the program item."""

    result: str
    """The result produced by the program item."""

    status: ProgramOutputItemStatus
    """The terminal status of the program output."""
