"""ApplyPatchToolParam: Allows the assistant to create, delete, or update files using
unified diffs.
"""

from typing import Literal

from .._base_model import BaseModel
from .callable_tool_allowed_caller import CallableToolAllowedCaller

__all__ = ["ApplyPatchToolParam"]


class ApplyPatchToolParam(BaseModel):
    """Allows the assistant to create, delete, or update files using unified diffs."""

    type: Literal["apply_patch"]
    """The type of the tool. Always `apply_patch`."""

    allowed_callers: list[CallableToolAllowedCaller] | None = None
