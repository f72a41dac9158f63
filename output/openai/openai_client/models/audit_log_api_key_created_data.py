"""AuditLogApiKeyCreatedData: The payload used to create the API key."""

from .._base_model import BaseModel

__all__ = ["AuditLogApiKeyCreatedData"]


class AuditLogApiKeyCreatedData(BaseModel):
    """The payload used to create the API key."""

    scopes: list[str] | None = None
    """A list of scopes allowed for the API key, e.g. `["api.model.request"]`"""
