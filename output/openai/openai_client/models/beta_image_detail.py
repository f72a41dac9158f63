from typing import Literal, TypeAlias

__all__ = ["BetaImageDetail"]

BetaImageDetail: TypeAlias = Literal["low", "high", "auto", "original"] | str
