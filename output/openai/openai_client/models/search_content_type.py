"""SearchContentType."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["SearchContentType"]

SearchContentType: TypeAlias = Literal["text", "image"] | str
"""SearchContentType"""
