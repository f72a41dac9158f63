from typing import Literal, TypeAlias

__all__ = ["BetaProgramOutputStatus"]

BetaProgramOutputStatus: TypeAlias = Literal["completed", "incomplete"] | str
