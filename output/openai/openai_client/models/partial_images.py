"""PartialImages."""

from __future__ import annotations

from typing_extensions import TypeAlias

__all__ = ["PartialImages"]

PartialImages: TypeAlias = int | None
"""PartialImages"""
