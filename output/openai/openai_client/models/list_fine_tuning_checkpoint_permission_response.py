from typing import Literal

from .._base_model import BaseModel
from .fine_tuning_checkpoint_permission import FineTuningCheckpointPermission

__all__ = ["ListFineTuningCheckpointPermissionResponse"]


class ListFineTuningCheckpointPermissionResponse(BaseModel):
    data: list[FineTuningCheckpointPermission]

    object: Literal["list"]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
