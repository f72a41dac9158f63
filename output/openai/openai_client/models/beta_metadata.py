from __future__ import annotations

from typing import TypeAlias

__all__ = ["BetaMetadata"]

BetaMetadata: TypeAlias = dict[str, str] | None
