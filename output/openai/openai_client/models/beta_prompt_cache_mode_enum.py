from typing import Literal, TypeAlias

__all__ = ["BetaPromptCacheModeEnum"]

BetaPromptCacheModeEnum: TypeAlias = Literal["implicit", "explicit"] | str
