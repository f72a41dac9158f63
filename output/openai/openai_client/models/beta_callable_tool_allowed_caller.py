"""BetaCallableToolAllowedCaller."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaCallableToolAllowedCaller"]

BetaCallableToolAllowedCaller: TypeAlias = Literal["direct", "programmatic"] | str
"""BetaCallableToolAllowedCaller"""
