from typing import Literal, TypeAlias

__all__ = ["BetaImageGenActionEnum"]

BetaImageGenActionEnum: TypeAlias = Literal["generate", "edit", "auto"] | str
