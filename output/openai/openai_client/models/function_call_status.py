from typing import Literal, TypeAlias

__all__ = ["FunctionCallStatus"]

FunctionCallStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"] | str
