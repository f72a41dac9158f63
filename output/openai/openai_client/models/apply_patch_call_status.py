"""ApplyPatchCallStatus."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["ApplyPatchCallStatus"]

ApplyPatchCallStatus: TypeAlias = Literal["in_progress", "completed"] | str
"""ApplyPatchCallStatus"""
