"""BetaApplyPatchCallStatusParam: Status values reported for apply_patch tool calls."""

from typing import Literal, TypeAlias

__all__ = ["BetaApplyPatchCallStatusParam"]

BetaApplyPatchCallStatusParam: TypeAlias = Literal["in_progress", "completed"] | str
"""Status values reported for apply_patch tool calls."""
