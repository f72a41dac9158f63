"""BetaResponseStreamOptions."""

from __future__ import annotations

from .beta_response_stream_options_variant1 import BetaResponseStreamOptionsVariant1
from typing_extensions import TypeAlias

__all__ = ["BetaResponseStreamOptions"]

BetaResponseStreamOptions: TypeAlias = BetaResponseStreamOptionsVariant1 | None
"""BetaResponseStreamOptions"""
