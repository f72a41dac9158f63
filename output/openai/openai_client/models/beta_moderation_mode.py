from typing import Literal, TypeAlias

__all__ = ["BetaModerationMode"]

BetaModerationMode: TypeAlias = Literal["score", "block"] | str
