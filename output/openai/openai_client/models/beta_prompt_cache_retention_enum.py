from typing import Literal, TypeAlias

__all__ = ["BetaPromptCacheRetentionEnum"]

BetaPromptCacheRetentionEnum: TypeAlias = Literal["in_memory", "24h"] | str
