from typing import Literal, TypeAlias

__all__ = ["OrderEnum"]

OrderEnum: TypeAlias = Literal["asc", "desc"] | str
