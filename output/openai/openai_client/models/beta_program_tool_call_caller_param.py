from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaProgramToolCallCallerParam"]


class BetaProgramToolCallCallerParam(BaseModel):
    type: Literal["program"]
    """The caller type. Always `program`."""

    caller_id: str
    """The call ID of the program item that produced this tool call."""
