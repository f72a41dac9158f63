"""VectorStoreFileAttributes."""

from __future__ import annotations

from typing_extensions import TypeAlias

__all__ = ["VectorStoreFileAttributes"]

VectorStoreFileAttributes: TypeAlias = dict[str, str | float | bool] | None
"""VectorStoreFileAttributes"""
