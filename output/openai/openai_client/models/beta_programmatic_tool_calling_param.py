from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaProgrammaticToolCallingParam"]


class BetaProgrammaticToolCallingParam(BaseModel):
    type: Literal["programmatic_tool_calling"]
    """The type of the tool. Always `programmatic_tool_calling`."""
