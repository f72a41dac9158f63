from typing import Literal, TypeAlias

__all__ = ["PromptCacheTTLEnum"]

PromptCacheTTLEnum: TypeAlias = Literal["30m"]
