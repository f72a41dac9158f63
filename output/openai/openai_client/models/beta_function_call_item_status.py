from typing import Literal, TypeAlias

__all__ = ["BetaFunctionCallItemStatus"]

BetaFunctionCallItemStatus: TypeAlias = (
    Literal["in_progress", "completed", "incomplete"] | str
)
