from typing import Literal, TypeAlias

__all__ = ["BetaSearchContentType"]

BetaSearchContentType: TypeAlias = Literal["text", "image"] | str
