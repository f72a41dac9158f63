from typing import Literal, TypeAlias

__all__ = ["BetaFunctionCallOutputStatusEnum"]

BetaFunctionCallOutputStatusEnum: TypeAlias = (
    Literal["in_progress", "completed", "incomplete"] | str
)
