from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeServerEventRateLimitsUpdatedRateLimitsItem"]


class RealtimeServerEventRateLimitsUpdatedRateLimitsItem(BaseModel):
    name: Literal["requests", "tokens"] | str | None = None
    """The name of the rate limit (`requests`, `tokens`)."""

    limit: int | None = None
    """The maximum allowed value for the rate limit."""

    remaining: int | None = None
    """The remaining value before the limit is reached."""

    reset_seconds: float | None = None
    """Seconds until the rate limit resets."""
