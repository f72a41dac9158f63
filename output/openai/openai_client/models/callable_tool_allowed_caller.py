"""CallableToolAllowedCaller."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["CallableToolAllowedCaller"]

CallableToolAllowedCaller: TypeAlias = Literal["direct", "programmatic"] | str
"""CallableToolAllowedCaller"""
