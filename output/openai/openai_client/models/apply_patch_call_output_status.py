"""ApplyPatchCallOutputStatus."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["ApplyPatchCallOutputStatus"]

ApplyPatchCallOutputStatus: TypeAlias = Literal["completed", "failed"] | str
"""ApplyPatchCallOutputStatus"""
