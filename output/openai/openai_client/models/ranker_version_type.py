from typing import Literal, TypeAlias

__all__ = ["RankerVersionType"]

RankerVersionType: TypeAlias = Literal["auto", "default-2024-11-15"] | str
