from typing import Literal, TypeAlias

__all__ = ["BetaTruncationEnum"]

BetaTruncationEnum: TypeAlias = Literal["auto", "disabled"] | str
