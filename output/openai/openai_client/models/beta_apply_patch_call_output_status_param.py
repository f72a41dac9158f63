"""BetaApplyPatchCallOutputStatusParam: Outcome values reported for apply_patch tool
call outputs.
"""

from typing import Literal, TypeAlias

__all__ = ["BetaApplyPatchCallOutputStatusParam"]

BetaApplyPatchCallOutputStatusParam: TypeAlias = Literal["completed", "failed"] | str
"""Outcome values reported for apply_patch tool call outputs."""
