from __future__ import annotations

from typing import TypeAlias

__all__ = ["PartialImages"]

PartialImages: TypeAlias = int | None
