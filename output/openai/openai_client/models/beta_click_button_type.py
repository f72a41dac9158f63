from typing import Literal, TypeAlias

__all__ = ["BetaClickButtonType"]

BetaClickButtonType: TypeAlias = (
    Literal["left", "right", "wheel", "back", "forward"] | str
)
