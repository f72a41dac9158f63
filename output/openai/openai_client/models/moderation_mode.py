"""ModerationMode."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["ModerationMode"]

ModerationMode: TypeAlias = Literal["score", "block"] | str
"""ModerationMode"""
