from typing import Literal, TypeAlias

__all__ = ["BetaProgramOutputItemStatus"]

BetaProgramOutputItemStatus: TypeAlias = Literal["completed", "incomplete"] | str
