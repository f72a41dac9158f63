"""RealtimeReasoning: Configuration for reasoning-capable Realtime models such as
`gpt-realtime-2`.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeReasoning"]


class RealtimeReasoning(BaseModel):
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    effort: RealtimeReasoningEffort | None = None
    """Constrains effort on reasoning for reasoning-capable Realtime models such as
    `gpt-realtime-2`.
    """


# Imported last so that models referring to each other can load in any order.
from .realtime_reasoning_effort import RealtimeReasoningEffort  # noqa: E402
