"""AuditLogRoleBoundToResource: The details for events with this `type`."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["AuditLogRoleBoundToResource"]


class AuditLogRoleBoundToResource(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the resource the role was bound to. ChatGPT workspace connector
    resources use `<workspace_id>__<connector_id>`.
    """

    role_id: str | None = None
    """The ID of the role that was bound to the resource."""

    resource_id: str | None = None
    """The ID of the resource the role was bound to."""

    resource_type: str | None = None
    """The type of resource the role was bound to."""

    permissions: list[str] | None = None
    """The permissions granted to the role for the resource."""

    workspace_id: str | None = None
    """The workspace ID for a ChatGPT workspace connector resource."""

    connector_id: str | None = None
    """The connector ID for a ChatGPT workspace connector resource."""

    connector_name: str | None = None
    """The connector display name for a ChatGPT workspace connector resource, or the
    connector ID when the display name could not be resolved.
    """

    enabled: bool | None = None
    """Whether the connector is enabled for the role."""

    source: (
        Literal[
            "role_toggle",
            "role_connector_update",
            "role_delete",
            "workspace_permissions",
            "connector_publish",
        ]
        | str
        | None
    ) = None
    """The connector role mutation path that produced the event."""
