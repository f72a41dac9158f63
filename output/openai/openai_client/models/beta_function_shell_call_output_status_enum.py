from typing import Literal, TypeAlias

__all__ = ["BetaFunctionShellCallOutputStatusEnum"]

BetaFunctionShellCallOutputStatusEnum: TypeAlias = (
    Literal["in_progress", "completed", "incomplete"] | str
)
