from typing import Literal, TypeAlias

__all__ = ["BetaRankerVersionType"]

BetaRankerVersionType: TypeAlias = Literal["auto", "default-2024-11-15"] | str
