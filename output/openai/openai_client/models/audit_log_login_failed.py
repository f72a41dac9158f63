"""AuditLogLoginFailed: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogLoginFailed"]


class AuditLogLoginFailed(BaseModel):
    """The details for events with this `type`."""

    error_code: str | None = None
    """The error code of the failure."""

    error_message: str | None = None
    """The error message of the failure."""
