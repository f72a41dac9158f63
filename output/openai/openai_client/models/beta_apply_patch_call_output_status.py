"""BetaApplyPatchCallOutputStatus."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaApplyPatchCallOutputStatus"]

BetaApplyPatchCallOutputStatus: TypeAlias = Literal["completed", "failed"] | str
"""BetaApplyPatchCallOutputStatus"""
