from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["BetaTruncationEnum"]

BetaTruncationEnum: TypeAlias = Literal["auto", "disabled"] | str
