from typing import Literal, TypeAlias

__all__ = ["BetaDetailEnum"]

BetaDetailEnum: TypeAlias = Literal["low", "high", "auto", "original"] | str
