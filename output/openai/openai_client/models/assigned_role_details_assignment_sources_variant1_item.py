from .._base_model import BaseModel

__all__ = ["AssignedRoleDetailsAssignmentSourcesVariant1Item"]


class AssignedRoleDetailsAssignmentSourcesVariant1Item(BaseModel):
    principal_id: str

    principal_type: str
