"""VideoSeconds."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["VideoSeconds"]

VideoSeconds: TypeAlias = Literal["4", "8", "12"] | str
"""VideoSeconds"""
