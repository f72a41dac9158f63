"""ProjectHostedToolPermissions: Represents hosted tool permissions for a project."""

from .._base_model import BaseModel
from .hosted_tool_permission import HostedToolPermission

__all__ = ["ProjectHostedToolPermissions"]


class ProjectHostedToolPermissions(BaseModel):
    """Represents hosted tool permissions for a project."""

    file_search: HostedToolPermission
    """Permission state for a single hosted tool on a project."""

    web_search: HostedToolPermission
    """Permission state for a single hosted tool on a project."""

    image_generation: HostedToolPermission
    """Permission state for a single hosted tool on a project."""

    mcp: HostedToolPermission
    """Permission state for a single hosted tool on a project."""

    code_interpreter: HostedToolPermission
    """Permission state for a single hosted tool on a project."""
