from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["BetaServiceTierEnum"]

BetaServiceTierEnum: TypeAlias = (
    Literal["auto", "default", "fast", "flex", "priority"] | str
)
