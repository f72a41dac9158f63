from typing import Literal, TypeAlias

__all__ = ["PromptCacheRetentionEnum"]

PromptCacheRetentionEnum: TypeAlias = Literal["in_memory", "24h"] | str
