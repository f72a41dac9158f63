from typing import Literal, TypeAlias

__all__ = ["SearchContextSize"]

SearchContextSize: TypeAlias = Literal["low", "medium", "high"] | str
