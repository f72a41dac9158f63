from typing import Literal, TypeAlias

__all__ = ["BetaServiceTierResponses"]

BetaServiceTierResponses: TypeAlias = (
    Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]
    | str
    | None
)
