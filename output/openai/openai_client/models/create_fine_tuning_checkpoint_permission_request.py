from .._base_model import BaseModel

__all__ = ["CreateFineTuningCheckpointPermissionRequest"]


class CreateFineTuningCheckpointPermissionRequest(BaseModel):
    project_ids: list[str]
    """The project identifiers to grant access to."""
