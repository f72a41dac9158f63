"""ResponseError."""

from __future__ import annotations

from .response_error_variant1 import ResponseErrorVariant1
from typing_extensions import TypeAlias

__all__ = ["ResponseError"]

ResponseError: TypeAlias = ResponseErrorVariant1 | None
"""ResponseError"""
