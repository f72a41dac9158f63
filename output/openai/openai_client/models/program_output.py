from typing import Literal

from .._base_model import BaseModel
from .program_output_status import ProgramOutputStatus

__all__ = ["ProgramOutput"]


class ProgramOutput(BaseModel):
    type: Literal["program_output"]
    """The type of the item. Always `program_output`."""

    id: str
    """The unique ID of the program output item."""

    call_id: str
    """The call ID of the program item."""

    result: str
    """The result produced by the program item."""

    status: ProgramOutputStatus
    """The terminal status of the program output item."""
