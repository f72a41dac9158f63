from typing import Literal, TypeAlias

__all__ = ["FileInputDetail"]

FileInputDetail: TypeAlias = Literal["auto", "low", "high"] | str
