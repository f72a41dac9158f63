"""RateLimitsParam: Controls request rate limits for the session."""

from .._base_model import BaseModel

__all__ = ["RateLimitsParam"]


class RateLimitsParam(BaseModel):
    """Controls request rate limits for the session."""

    max_requests_per_1_minute: int | None = None
    """Maximum number of requests allowed per minute for the session. Defaults to 10."""
