"""AuditLogUserAdded: The details for events with this `type`."""

from .._base_model import BaseModel
from .audit_log_user_added_data import AuditLogUserAddedData

__all__ = ["AuditLogUserAdded"]


class AuditLogUserAdded(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The user ID."""

    data: AuditLogUserAddedData | None = None
    """The payload used to add the user to the project."""
