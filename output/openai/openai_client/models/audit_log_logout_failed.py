"""AuditLogLogoutFailed: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogLogoutFailed"]


class AuditLogLogoutFailed(BaseModel):
    """The details for events with this `type`."""

    error_code: str | None = None
    """The error code of the failure."""

    error_message: str | None = None
    """The error message of the failure."""
