from typing import Literal, TypeAlias

__all__ = ["BetaReasoningModeEnum"]

BetaReasoningModeEnum: TypeAlias = str | Literal["standard", "pro"]
