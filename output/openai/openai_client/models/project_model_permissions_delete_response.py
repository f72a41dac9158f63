"""ProjectModelPermissionsDeleteResponse: Confirmation payload returned after deleting
project model permissions.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ProjectModelPermissionsDeleteResponse"]


class ProjectModelPermissionsDeleteResponse(BaseModel):
    """Confirmation payload returned after deleting project model permissions."""

    object: Literal["project.model_permissions.deleted"]
    """The object type, which is always `project.model_permissions.deleted`."""

    deleted: bool
    """Whether the project model permissions were deleted."""
