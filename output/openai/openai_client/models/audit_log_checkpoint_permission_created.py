"""AuditLogCheckpointPermissionCreated: The project and fine-tuned model checkpoint that
the checkpoint permission was created for.
"""

from .._base_model import BaseModel
from .audit_log_checkpoint_permission_created_data import (
    AuditLogCheckpointPermissionCreatedData,
)

__all__ = ["AuditLogCheckpointPermissionCreated"]


class AuditLogCheckpointPermissionCreated(BaseModel):
    """The project and fine-tuned model checkpoint that the checkpoint permission was
    created for.
    """

    id: str | None = None
    """The ID of the checkpoint permission."""

    data: AuditLogCheckpointPermissionCreatedData | None = None
    """The payload used to create the checkpoint permission."""
