from typing import Literal, TypeAlias

__all__ = ["FileDetailEnum"]

FileDetailEnum: TypeAlias = Literal["auto", "low", "high"] | str
