from typing import Literal, TypeAlias

__all__ = ["SpendLimitCurrency"]

SpendLimitCurrency: TypeAlias = str | Literal["USD"]
