"""BetaResponseError."""

from __future__ import annotations

from .beta_response_error_variant1 import BetaResponseErrorVariant1
from typing_extensions import TypeAlias

__all__ = ["BetaResponseError"]

BetaResponseError: TypeAlias = BetaResponseErrorVariant1 | None
"""BetaResponseError"""
