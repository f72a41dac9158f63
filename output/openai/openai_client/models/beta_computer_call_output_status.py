"""BetaComputerCallOutputStatus."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaComputerCallOutputStatus"]

BetaComputerCallOutputStatus: TypeAlias = Literal["completed", "incomplete", "failed"] | str
"""BetaComputerCallOutputStatus"""
