from typing import Literal, TypeAlias

__all__ = ["BetaSearchContextSize"]

BetaSearchContextSize: TypeAlias = Literal["low", "medium", "high"] | str
