"""BetaApplyPatchToolParam: Allows the assistant to create, delete, or update files
using unified diffs.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_callable_tool_allowed_caller import BetaCallableToolAllowedCaller

__all__ = ["BetaApplyPatchToolParam"]


class BetaApplyPatchToolParam(BaseModel):
    """Allows the assistant to create, delete, or update files using unified diffs."""

    type: Literal["apply_patch"]
    """The type of the tool. Always `apply_patch`."""

    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None
