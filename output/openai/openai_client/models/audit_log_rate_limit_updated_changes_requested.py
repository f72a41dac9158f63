"""AuditLogRateLimitUpdatedChangesRequested: The payload used to update the rate limits."""

from .._base_model import BaseModel

__all__ = ["AuditLogRateLimitUpdatedChangesRequested"]


class AuditLogRateLimitUpdatedChangesRequested(BaseModel):
    """The payload used to update the rate limits."""

    max_requests_per_1_minute: int | None = None
    """The maximum requests per minute."""

    max_tokens_per_1_minute: int | None = None
    """The maximum tokens per minute."""

    max_images_per_1_minute: int | None = None
    """The maximum images per minute. Only relevant for certain models."""

    max_audio_megabytes_per_1_minute: int | None = None
    """The maximum audio megabytes per minute. Only relevant for certain models."""

    max_requests_per_1_day: int | None = None
    """The maximum requests per day. Only relevant for certain models."""

    batch_1_day_max_input_tokens: int | None = None
    """The maximum batch input tokens per day. Only relevant for certain models."""
