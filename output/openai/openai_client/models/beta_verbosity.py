from typing import Literal, TypeAlias

__all__ = ["BetaVerbosity"]

BetaVerbosity: TypeAlias = Literal["low", "medium", "high"] | str | None
