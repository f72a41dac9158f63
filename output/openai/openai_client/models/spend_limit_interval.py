"""SpendLimitInterval."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["SpendLimitInterval"]

SpendLimitInterval: TypeAlias = str | Literal["month"]
"""SpendLimitInterval"""
