from .._base_model import BaseModel

__all__ = ["ListAuditLogsEffectiveAt"]


class ListAuditLogsEffectiveAt(BaseModel):
    gt: int | None = None
    """Return only events whose `effective_at` (Unix seconds) is greater than this
    value.
    """

    gte: int | None = None
    """Return only events whose `effective_at` (Unix seconds) is greater than or equal
    to this value.
    """

    lt: int | None = None
    """Return only events whose `effective_at` (Unix seconds) is less than this value."""

    lte: int | None = None
    """Return only events whose `effective_at` (Unix seconds) is less than or equal to
    this value.
    """
