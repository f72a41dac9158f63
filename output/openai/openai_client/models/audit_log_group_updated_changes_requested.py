"""AuditLogGroupUpdatedChangesRequested: The payload used to update the group."""

from .._base_model import BaseModel

__all__ = ["AuditLogGroupUpdatedChangesRequested"]


class AuditLogGroupUpdatedChangesRequested(BaseModel):
    """The payload used to update the group."""

    group_name: str | None = None
    """The updated group name."""
