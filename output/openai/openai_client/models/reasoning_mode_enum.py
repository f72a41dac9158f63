from typing import Literal, TypeAlias

__all__ = ["ReasoningModeEnum"]

ReasoningModeEnum: TypeAlias = str | Literal["standard", "pro"]
