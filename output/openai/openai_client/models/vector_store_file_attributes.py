from typing import TypeAlias

__all__ = ["VectorStoreFileAttributes"]

VectorStoreFileAttributes: TypeAlias = dict[str, str | float | bool] | None
