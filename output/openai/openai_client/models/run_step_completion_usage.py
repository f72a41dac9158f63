"""RunStepCompletionUsage."""

from __future__ import annotations

from .run_step_completion_usage_variant1 import RunStepCompletionUsageVariant1
from typing_extensions import TypeAlias

__all__ = ["RunStepCompletionUsage"]

RunStepCompletionUsage: TypeAlias = RunStepCompletionUsageVariant1 | None
"""RunStepCompletionUsage"""
