from typing import Literal, TypeAlias

__all__ = ["FunctionShellCallOutputStatusEnum"]

FunctionShellCallOutputStatusEnum: TypeAlias = (
    Literal["in_progress", "completed", "incomplete"] | str
)
