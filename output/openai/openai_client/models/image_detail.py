"""ImageDetail."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["ImageDetail"]

ImageDetail: TypeAlias = Literal["low", "high", "auto", "original"] | str
"""ImageDetail"""
