from typing import Literal, TypeAlias

__all__ = ["ServiceTierEnum"]

ServiceTierEnum: TypeAlias = (
    Literal["auto", "default", "fast", "flex", "priority"] | str
)
