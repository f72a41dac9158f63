"""BetaEmptyModelParam."""

from __future__ import annotations

from typing import Any
from typing_extensions import TypeAlias

__all__ = ["BetaEmptyModelParam"]

BetaEmptyModelParam: TypeAlias = dict[str, Any]
"""BetaEmptyModelParam"""
