from typing import TypeAlias

__all__ = ["BetaMetadata"]

BetaMetadata: TypeAlias = dict[str, str] | None
