from typing import Literal, TypeAlias

__all__ = ["SpendLimitEnforcementStatus"]

SpendLimitEnforcementStatus: TypeAlias = str | Literal["inactive", "enforcing"]
