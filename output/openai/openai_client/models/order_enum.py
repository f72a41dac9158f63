from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["OrderEnum"]

OrderEnum: TypeAlias = Literal["asc", "desc"] | str
