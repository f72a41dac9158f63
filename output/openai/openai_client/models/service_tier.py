from typing import Literal, TypeAlias

__all__ = ["ServiceTier"]

ServiceTier: TypeAlias = (
    Literal["auto", "default", "flex", "scale", "priority", "fast"] | str | None
)
