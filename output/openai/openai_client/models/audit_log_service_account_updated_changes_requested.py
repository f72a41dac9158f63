"""AuditLogServiceAccountUpdatedChangesRequested: The payload used to updated the
service account.
"""

from .._base_model import BaseModel

__all__ = ["AuditLogServiceAccountUpdatedChangesRequested"]


class AuditLogServiceAccountUpdatedChangesRequested(BaseModel):
    """The payload used to updated the service account."""

    role: str | None = None
    """The role of the service account. Is either `owner` or `member`."""
