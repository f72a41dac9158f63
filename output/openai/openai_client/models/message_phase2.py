"""MessagePhase2."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["MessagePhase2"]

MessagePhase2: TypeAlias = Literal["commentary", "final_answer"] | str
"""MessagePhase2"""
