"""RealtimeReasoningEffort: Constrains effort on reasoning for reasoning-capable
Realtime models such as
`gpt-realtime-2`.
"""

from typing import Literal, TypeAlias

__all__ = ["RealtimeReasoningEffort"]

RealtimeReasoningEffort: TypeAlias = (
    Literal["minimal", "low", "medium", "high", "xhigh"] | str
)
"""Constrains effort on reasoning for reasoning-capable Realtime models such as
`gpt-realtime-2`.
"""
