"""GroupResponse: Details about an organization group."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["GroupResponse"]


class GroupResponse(BaseModel):
    """Details about an organization group."""

    id: str
    """Identifier for the group."""

    name: str
    """Display name of the group."""

    created_at: int
    """Unix timestamp (in seconds) when the group was created."""

    is_scim_managed: bool
    """Whether the group is managed through SCIM and controlled by your identity
    provider.
    """

    group_type: Literal["group", "tenant_group"] | str
    """The type of the group."""
