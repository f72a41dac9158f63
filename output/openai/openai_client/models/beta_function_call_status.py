from typing import Literal, TypeAlias

__all__ = ["BetaFunctionCallStatus"]

BetaFunctionCallStatus: TypeAlias = (
    Literal["in_progress", "completed", "incomplete"] | str
)
