from typing import TypeAlias

__all__ = ["BetaVectorStoreFileAttributes"]

BetaVectorStoreFileAttributes: TypeAlias = dict[str, str | float | bool] | None
