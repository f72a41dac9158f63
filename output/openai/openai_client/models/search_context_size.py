"""SearchContextSize."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["SearchContextSize"]

SearchContextSize: TypeAlias = Literal["low", "medium", "high"] | str
"""SearchContextSize"""
