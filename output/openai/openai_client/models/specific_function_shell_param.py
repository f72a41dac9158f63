"""SpecificFunctionShellParam: Forces the model to call the shell tool when a tool call
is required.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["SpecificFunctionShellParam"]


class SpecificFunctionShellParam(BaseModel):
    """Forces the model to call the shell tool when a tool call is required."""

    type: Literal["shell"]
    """The tool to call. Always `shell`."""
