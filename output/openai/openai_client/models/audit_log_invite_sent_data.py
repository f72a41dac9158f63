"""AuditLogInviteSentData: The payload used to create the invite."""

from .._base_model import BaseModel

__all__ = ["AuditLogInviteSentData"]


class AuditLogInviteSentData(BaseModel):
    """The payload used to create the invite."""

    email: str | None = None
    """The email invited to the organization."""

    role: str | None = None
    """The role the email was invited to be. Is either `owner` or `member`."""
