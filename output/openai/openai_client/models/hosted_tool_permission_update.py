from .._base_model import BaseModel

__all__ = ["HostedToolPermissionUpdate"]


class HostedToolPermissionUpdate(BaseModel):
    enabled: bool
    """Whether to enable the hosted tool for the project."""
