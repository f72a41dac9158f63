"""OrderEnum."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["OrderEnum"]

OrderEnum: TypeAlias = Literal["asc", "desc"] | str
"""OrderEnum"""
