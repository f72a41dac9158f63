from typing import Literal

from .._base_model import BaseModel

__all__ = ["ProgramToolCallCaller"]


class ProgramToolCallCaller(BaseModel):
    type: Literal["program"]

    caller_id: str
    """The call ID of the program item that produced this tool call."""
