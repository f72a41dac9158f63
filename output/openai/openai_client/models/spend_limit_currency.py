"""SpendLimitCurrency."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["SpendLimitCurrency"]

SpendLimitCurrency: TypeAlias = str | Literal["USD"]
"""SpendLimitCurrency"""
