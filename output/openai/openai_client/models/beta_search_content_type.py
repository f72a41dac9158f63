"""BetaSearchContentType."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaSearchContentType"]

BetaSearchContentType: TypeAlias = Literal["text", "image"] | str
"""BetaSearchContentType"""
