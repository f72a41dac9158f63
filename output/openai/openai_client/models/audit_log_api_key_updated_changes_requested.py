"""AuditLogApiKeyUpdatedChangesRequested: The payload used to update the API key."""

from .._base_model import BaseModel

__all__ = ["AuditLogApiKeyUpdatedChangesRequested"]


class AuditLogApiKeyUpdatedChangesRequested(BaseModel):
    """The payload used to update the API key."""

    scopes: list[str] | None = None
    """A list of scopes allowed for the API key, e.g. `["api.model.request"]`"""
