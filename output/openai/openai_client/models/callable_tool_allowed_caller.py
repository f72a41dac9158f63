from typing import Literal, TypeAlias

__all__ = ["CallableToolAllowedCaller"]

CallableToolAllowedCaller: TypeAlias = Literal["direct", "programmatic"] | str
