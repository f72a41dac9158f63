"""AuditLogProject: The project that the action was scoped to. Absent for actions not
scoped to projects. Note that any admin actions taken via Admin API keys are
associated with the default project.
"""

from .._base_model import BaseModel

__all__ = ["AuditLogProject"]


class AuditLogProject(BaseModel):
    """The project that the action was scoped to. Absent for actions not scoped to
    projects. Note that any admin actions taken via Admin API keys are associated
    with the default project.
    """

    id: str | None = None
    """The project ID."""

    name: str | None = None
    """The project title."""
