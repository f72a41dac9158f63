from typing import Literal, TypeAlias

__all__ = ["ImageGenActionEnum"]

ImageGenActionEnum: TypeAlias = Literal["generate", "edit", "auto"] | str
