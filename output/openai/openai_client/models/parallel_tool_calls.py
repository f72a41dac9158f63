"""ParallelToolCalls: Whether to enable [parallel function
calling](https://api.openai.com/docs/guides/function-calling#configuring-parallel-function-calling)
during tool use.
"""

from typing import TypeAlias

__all__ = ["ParallelToolCalls"]

ParallelToolCalls: TypeAlias = bool
"""Whether to enable [parallel function
calling](https://api.openai.com/docs/guides/function-calling#configuring-parallel-function-calling)
during tool use.
"""
