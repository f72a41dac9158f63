"""AuditLogProjectUpdatedChangesRequested: The payload used to update the project."""

from .._base_model import BaseModel

__all__ = ["AuditLogProjectUpdatedChangesRequested"]


class AuditLogProjectUpdatedChangesRequested(BaseModel):
    """The payload used to update the project."""

    title: str | None = None
    """The title of the project as seen on the dashboard."""
