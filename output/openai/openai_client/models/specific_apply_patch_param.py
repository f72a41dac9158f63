"""SpecificApplyPatchParam: Forces the model to call the apply_patch tool when executing
a tool call.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["SpecificApplyPatchParam"]


class SpecificApplyPatchParam(BaseModel):
    """Forces the model to call the apply_patch tool when executing a tool call."""

    type: Literal["apply_patch"]
    """The tool to call. Always `apply_patch`."""
