from typing import Literal, TypeAlias

__all__ = ["ClickButtonType"]

ClickButtonType: TypeAlias = Literal["left", "right", "wheel", "back", "forward"] | str
