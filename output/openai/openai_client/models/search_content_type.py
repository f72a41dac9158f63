from typing import Literal, TypeAlias

__all__ = ["SearchContentType"]

SearchContentType: TypeAlias = Literal["text", "image"] | str
