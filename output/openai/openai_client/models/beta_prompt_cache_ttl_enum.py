from typing import Literal, TypeAlias

__all__ = ["BetaPromptCacheTTLEnum"]

BetaPromptCacheTTLEnum: TypeAlias = Literal["30m"]
