from typing import Literal, TypeAlias

__all__ = ["BetaContainerMemoryLimit"]

BetaContainerMemoryLimit: TypeAlias = Literal["1g", "4g", "16g", "64g"] | str
