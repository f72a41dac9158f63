from typing import TypeAlias

from .run_step_completion_usage_variant1 import RunStepCompletionUsageVariant1

__all__ = ["RunStepCompletionUsage"]

RunStepCompletionUsage: TypeAlias = RunStepCompletionUsageVariant1 | None
