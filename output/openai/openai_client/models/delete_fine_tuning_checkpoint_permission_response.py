from typing import Literal

from .._base_model import BaseModel

__all__ = ["DeleteFineTuningCheckpointPermissionResponse"]


class DeleteFineTuningCheckpointPermissionResponse(BaseModel):
    id: str
    """The ID of the fine-tuned model checkpoint permission that was deleted."""

    object: Literal["checkpoint.permission"]
    """The object type, which is always "checkpoint.permission"."""

    deleted: bool
    """Whether the fine-tuned model checkpoint permission was successfully deleted."""
