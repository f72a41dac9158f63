"""TruncationEnum."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["TruncationEnum"]

TruncationEnum: TypeAlias = Literal["auto", "disabled"] | str
"""TruncationEnum"""
