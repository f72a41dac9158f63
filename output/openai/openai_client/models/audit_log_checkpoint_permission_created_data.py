"""AuditLogCheckpointPermissionCreatedData: The payload used to create the checkpoint
permission.
"""

from .._base_model import BaseModel

__all__ = ["AuditLogCheckpointPermissionCreatedData"]


class AuditLogCheckpointPermissionCreatedData(BaseModel):
    """The payload used to create the checkpoint permission."""

    project_id: str | None = None
    """The ID of the project that the checkpoint permission was created for."""

    fine_tuned_model_checkpoint: str | None = None
    """The ID of the fine-tuned model checkpoint."""
