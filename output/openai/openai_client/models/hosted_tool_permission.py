"""HostedToolPermission: Permission state for a single hosted tool on a project."""

from .._base_model import BaseModel

__all__ = ["HostedToolPermission"]


class HostedToolPermission(BaseModel):
    """Permission state for a single hosted tool on a project."""

    enabled: bool
    """Whether the hosted tool is enabled for the project."""
