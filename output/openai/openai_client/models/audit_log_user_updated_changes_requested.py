"""AuditLogUserUpdatedChangesRequested: The payload used to update the user."""

from .._base_model import BaseModel

__all__ = ["AuditLogUserUpdatedChangesRequested"]


class AuditLogUserUpdatedChangesRequested(BaseModel):
    """The payload used to update the user."""

    role: str | None = None
    """The role of the user. Is either `owner` or `member`."""
