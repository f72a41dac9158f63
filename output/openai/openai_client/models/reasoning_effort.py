"""ReasoningEffort."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["ReasoningEffort"]

ReasoningEffort: TypeAlias = (
    Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | str | None
)
"""ReasoningEffort"""
