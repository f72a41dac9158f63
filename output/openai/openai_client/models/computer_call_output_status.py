from typing import Literal, TypeAlias

__all__ = ["ComputerCallOutputStatus"]

ComputerCallOutputStatus: TypeAlias = Literal["completed", "incomplete", "failed"] | str
