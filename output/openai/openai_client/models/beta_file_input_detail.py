from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["BetaFileInputDetail"]

BetaFileInputDetail: TypeAlias = Literal["auto", "low", "high"] | str
