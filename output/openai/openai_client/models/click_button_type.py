"""ClickButtonType."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["ClickButtonType"]

ClickButtonType: TypeAlias = Literal["left", "right", "wheel", "back", "forward"] | str
"""ClickButtonType"""
