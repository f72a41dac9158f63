"""VideoContentVariant."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["VideoContentVariant"]

VideoContentVariant: TypeAlias = Literal["video", "thumbnail", "spritesheet"] | str
"""VideoContentVariant"""
