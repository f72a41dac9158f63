from typing import Literal, TypeAlias

__all__ = ["BetaModerationInputType"]

BetaModerationInputType: TypeAlias = Literal["text", "image"] | str
