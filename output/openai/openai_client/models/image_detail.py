from typing import Literal, TypeAlias

__all__ = ["ImageDetail"]

ImageDetail: TypeAlias = Literal["low", "high", "auto", "original"] | str
