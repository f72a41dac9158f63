"""ModerationInputType."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["ModerationInputType"]

ModerationInputType: TypeAlias = Literal["text", "image"] | str
"""ModerationInputType"""
