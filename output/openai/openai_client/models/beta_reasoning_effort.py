from typing import Literal, TypeAlias

__all__ = ["BetaReasoningEffort"]

BetaReasoningEffort: TypeAlias = (
    Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | str | None
)
