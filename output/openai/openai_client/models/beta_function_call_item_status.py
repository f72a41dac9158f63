"""BetaFunctionCallItemStatus."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaFunctionCallItemStatus"]

BetaFunctionCallItemStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"] | str
"""BetaFunctionCallItemStatus"""
