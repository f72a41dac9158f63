"""AssignedRoleDetails: Detailed information about a role assignment entry returned when
listing assignments.
"""

from typing import Any

from .._base_model import BaseModel
from .assigned_role_details_assignment_sources_variant1_item import (
    AssignedRoleDetailsAssignmentSourcesVariant1Item,
)

__all__ = ["AssignedRoleDetails"]


class AssignedRoleDetails(BaseModel):
    """Detailed information about a role assignment entry returned when listing
    assignments.
    """

    id: str
    """Identifier for the role."""

    name: str
    """Name of the role."""

    permissions: list[str]
    """Permissions associated with the role."""

    resource_type: str
    """Resource type the role applies to."""

    predefined_role: bool
    """Whether the role is predefined by OpenAI."""

    description: str | None
    """Description of the role."""

    created_at: int | None
    """When the role was created."""

    updated_at: int | None
    """When the role was last updated."""

    created_by: str | None
    """Identifier of the actor who created the role."""

    created_by_user_obj: dict[str, Any] | None
    """User details for the actor that created the role, when available."""

    metadata: dict[str, Any] | None
    """Arbitrary metadata stored on the role."""

    assignment_sources: list[AssignedRoleDetailsAssignmentSourcesVariant1Item] | None
    """Principals from which the role assignment is inherited, when available."""
