"""AuditLogUserAddedData: The payload used to add the user to the project."""

from .._base_model import BaseModel

__all__ = ["AuditLogUserAddedData"]


class AuditLogUserAddedData(BaseModel):
    """The payload used to add the user to the project."""

    role: str | None = None
    """The role of the user. Is either `owner` or `member`."""
