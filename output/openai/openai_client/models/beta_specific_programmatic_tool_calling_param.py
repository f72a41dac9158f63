from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaSpecificProgrammaticToolCallingParam"]


class BetaSpecificProgrammaticToolCallingParam(BaseModel):
    type: Literal["programmatic_tool_calling"]
    """The tool to call. Always `programmatic_tool_calling`."""
