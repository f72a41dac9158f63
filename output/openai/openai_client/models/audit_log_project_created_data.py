"""AuditLogProjectCreatedData: The payload used to create the project."""

from .._base_model import BaseModel

__all__ = ["AuditLogProjectCreatedData"]


class AuditLogProjectCreatedData(BaseModel):
    """The payload used to create the project."""

    name: str | None = None
    """The project name."""

    title: str | None = None
    """The title of the project as seen on the dashboard."""
