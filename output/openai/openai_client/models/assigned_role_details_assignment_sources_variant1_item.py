"""AssignedRoleDetailsAssignmentSourcesVariant1Item."""

from __future__ import annotations


from .._base_model import BaseModel

__all__ = ["AssignedRoleDetailsAssignmentSourcesVariant1Item"]


class AssignedRoleDetailsAssignmentSourcesVariant1Item(BaseModel):
    """AssignedRoleDetailsAssignmentSourcesVariant1Item"""

    principal_id: str

    principal_type: str
