from typing import Literal, TypeAlias

__all__ = ["ProgramOutputItemStatus"]

ProgramOutputItemStatus: TypeAlias = Literal["completed", "incomplete"] | str
