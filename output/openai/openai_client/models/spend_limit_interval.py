from typing import Literal, TypeAlias

__all__ = ["SpendLimitInterval"]

SpendLimitInterval: TypeAlias = str | Literal["month"]
