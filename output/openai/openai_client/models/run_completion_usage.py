"""RunCompletionUsage."""

from __future__ import annotations

from .run_completion_usage_variant1 import RunCompletionUsageVariant1
from typing_extensions import TypeAlias

__all__ = ["RunCompletionUsage"]

RunCompletionUsage: TypeAlias = RunCompletionUsageVariant1 | None
"""RunCompletionUsage"""
