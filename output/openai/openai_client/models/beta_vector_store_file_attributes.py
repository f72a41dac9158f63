"""BetaVectorStoreFileAttributes."""

from __future__ import annotations

from typing_extensions import TypeAlias

__all__ = ["BetaVectorStoreFileAttributes"]

BetaVectorStoreFileAttributes: TypeAlias = dict[str, str | float | bool] | None
"""BetaVectorStoreFileAttributes"""
