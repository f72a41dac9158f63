"""AuditLogUserAddedData: The payload used to add the user to the project."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogUserAddedData"]


class AuditLogUserAddedData(BaseModel):
    """The payload used to add the user to the project."""

    role: str | None = None
    """The role of the user. Is either `owner` or `member`."""
