"""CreateProjectServiceAccountApiKeyBody: The service account API key create request
payload.
"""

from .._base_model import BaseModel

__all__ = ["CreateProjectServiceAccountApiKeyBody"]


class CreateProjectServiceAccountApiKeyBody(BaseModel):
    """The service account API key create request payload."""

    name: str | None = None
    """API key name."""

    scopes: list[str] | None = None
    """API key scopes."""
