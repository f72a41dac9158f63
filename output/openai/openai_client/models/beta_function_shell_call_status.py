from typing import Literal, TypeAlias

__all__ = ["BetaFunctionShellCallStatus"]

BetaFunctionShellCallStatus: TypeAlias = (
    Literal["in_progress", "completed", "incomplete"] | str
)
