"""GroupResourceWithSuccess: Response returned after updating a group."""

from .._base_model import BaseModel

__all__ = ["GroupResourceWithSuccess"]


class GroupResourceWithSuccess(BaseModel):
    """Response returned after updating a group."""

    id: str
    """Identifier for the group."""

    name: str
    """Updated display name for the group."""

    created_at: int
    """Unix timestamp (in seconds) when the group was created."""

    is_scim_managed: bool
    """Whether the group is managed through SCIM and controlled by your identity
    provider.
    """
