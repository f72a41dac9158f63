from .._base_model import BaseModel

__all__ = ["ProjectUpdateRequest"]


class ProjectUpdateRequest(BaseModel):
    name: str | None = None
    """The updated name of the project, this name appears in reports."""

    external_key_id: str | None = None
    """External key ID to associate with the project."""
