from typing import Literal, TypeAlias

__all__ = ["C2PAValidationStateApi"]

C2PAValidationStateApi: TypeAlias = (
    Literal["trusted", "valid", "invalid", "not_present"] | str
)
