from typing import Literal, TypeAlias

__all__ = ["ProgramOutputStatus"]

ProgramOutputStatus: TypeAlias = Literal["completed", "incomplete"] | str
