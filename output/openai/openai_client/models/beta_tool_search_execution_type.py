"""BetaToolSearchExecutionType."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaToolSearchExecutionType"]

BetaToolSearchExecutionType: TypeAlias = Literal["server", "client"] | str
"""BetaToolSearchExecutionType"""
