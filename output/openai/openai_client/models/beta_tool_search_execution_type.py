from typing import Literal, TypeAlias

__all__ = ["BetaToolSearchExecutionType"]

BetaToolSearchExecutionType: TypeAlias = Literal["server", "client"] | str
