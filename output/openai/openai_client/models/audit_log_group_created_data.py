"""AuditLogGroupCreatedData: Information about the created group."""

from .._base_model import BaseModel

__all__ = ["AuditLogGroupCreatedData"]


class AuditLogGroupCreatedData(BaseModel):
    """Information about the created group."""

    group_name: str | None = None
    """The group name."""
