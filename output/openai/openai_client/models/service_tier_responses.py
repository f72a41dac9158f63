from typing import Literal, TypeAlias

__all__ = ["ServiceTierResponses"]

ServiceTierResponses: TypeAlias = (
    Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]
    | str
    | None
)
