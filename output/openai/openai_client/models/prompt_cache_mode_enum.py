from typing import Literal, TypeAlias

__all__ = ["PromptCacheModeEnum"]

PromptCacheModeEnum: TypeAlias = Literal["implicit", "explicit"] | str
