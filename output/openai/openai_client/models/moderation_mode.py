from typing import Literal, TypeAlias

__all__ = ["ModerationMode"]

ModerationMode: TypeAlias = Literal["score", "block"] | str
