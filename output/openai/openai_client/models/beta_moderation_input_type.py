"""BetaModerationInputType."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaModerationInputType"]

BetaModerationInputType: TypeAlias = Literal["text", "image"] | str
"""BetaModerationInputType"""
