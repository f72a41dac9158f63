from typing import Literal

from .._base_model import BaseModel

__all__ = ["ProjectModelPermissionsUpdateRequest"]


class ProjectModelPermissionsUpdateRequest(BaseModel):
    mode: Literal["allow_list", "deny_list"] | str
    """The model permissions mode to apply."""

    model_ids: list[str]
    """The model IDs included in this permissions policy."""
