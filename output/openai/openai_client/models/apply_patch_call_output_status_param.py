"""ApplyPatchCallOutputStatusParam: Outcome values reported for apply_patch tool call
outputs.
"""

from typing import Literal, TypeAlias

__all__ = ["ApplyPatchCallOutputStatusParam"]

ApplyPatchCallOutputStatusParam: TypeAlias = Literal["completed", "failed"] | str
"""Outcome values reported for apply_patch tool call outputs."""
