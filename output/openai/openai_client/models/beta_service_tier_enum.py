from typing import Literal, TypeAlias

__all__ = ["BetaServiceTierEnum"]

BetaServiceTierEnum: TypeAlias = (
    Literal["auto", "default", "fast", "flex", "priority"] | str
)
