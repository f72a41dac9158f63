from typing import Literal, TypeAlias

__all__ = ["BetaComputerCallOutputStatus"]

BetaComputerCallOutputStatus: TypeAlias = (
    Literal["completed", "incomplete", "failed"] | str
)
