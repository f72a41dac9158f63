from typing import Literal, TypeAlias

__all__ = ["BetaCallableToolAllowedCaller"]

BetaCallableToolAllowedCaller: TypeAlias = Literal["direct", "programmatic"] | str
