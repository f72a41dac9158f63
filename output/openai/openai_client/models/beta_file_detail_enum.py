from typing import Literal, TypeAlias

__all__ = ["BetaFileDetailEnum"]

BetaFileDetailEnum: TypeAlias = Literal["auto", "low", "high"] | str
