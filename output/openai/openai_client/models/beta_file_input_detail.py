from typing import Literal, TypeAlias

__all__ = ["BetaFileInputDetail"]

BetaFileInputDetail: TypeAlias = Literal["auto", "low", "high"] | str
