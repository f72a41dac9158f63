from typing import Literal, TypeAlias

__all__ = ["ModerationInputType"]

ModerationInputType: TypeAlias = Literal["text", "image"] | str
