from typing import Literal, TypeAlias

__all__ = ["BetaComputerEnvironment"]

BetaComputerEnvironment: TypeAlias = (
    Literal["windows", "mac", "linux", "ubuntu", "browser"] | str
)
