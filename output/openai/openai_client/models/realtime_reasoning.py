"""RealtimeReasoning: Configuration for reasoning-capable Realtime models such as
`gpt-realtime-2`.
"""

from .._base_model import BaseModel
from .realtime_reasoning_effort import RealtimeReasoningEffort

__all__ = ["RealtimeReasoning"]


class RealtimeReasoning(BaseModel):
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    effort: RealtimeReasoningEffort | None = None
    """Constrains effort on reasoning for reasoning-capable Realtime models such as
    `gpt-realtime-2`.
    """
