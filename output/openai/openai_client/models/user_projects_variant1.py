from typing import Literal

from .._base_model import BaseModel
from .user_projects_variant1_data_item import UserProjectsVariant1DataItem

__all__ = ["UserProjectsVariant1"]


class UserProjectsVariant1(BaseModel):
    object: Literal["list"]

    data: list[UserProjectsVariant1DataItem]
