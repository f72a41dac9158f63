from typing import Literal, TypeAlias

__all__ = ["ComputerEnvironment"]

ComputerEnvironment: TypeAlias = (
    Literal["windows", "mac", "linux", "ubuntu", "browser"] | str
)
