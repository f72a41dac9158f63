"""AuditLogServiceAccountCreatedData: The payload used to create the service account."""

from .._base_model import BaseModel

__all__ = ["AuditLogServiceAccountCreatedData"]


class AuditLogServiceAccountCreatedData(BaseModel):
    """The payload used to create the service account."""

    role: str | None = None
    """The role of the service account. Is either `owner` or `member`."""
