from typing import TypeAlias

from .run_completion_usage_variant1 import RunCompletionUsageVariant1

__all__ = ["RunCompletionUsage"]

RunCompletionUsage: TypeAlias = RunCompletionUsageVariant1 | None
