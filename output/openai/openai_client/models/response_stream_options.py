"""ResponseStreamOptions."""

from __future__ import annotations

from .response_stream_options_variant1 import ResponseStreamOptionsVariant1
from typing_extensions import TypeAlias

__all__ = ["ResponseStreamOptions"]

ResponseStreamOptions: TypeAlias = ResponseStreamOptionsVariant1 | None
"""ResponseStreamOptions"""
