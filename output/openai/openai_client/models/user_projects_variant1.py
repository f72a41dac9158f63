from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UserProjectsVariant1"]


class UserProjectsVariant1(BaseModel):
    object: Literal["list"]

    data: list[UserProjectsVariant1DataItem]


# Imported last so that models referring to each other can load in any order.
from .user_projects_variant1_data_item import UserProjectsVariant1DataItem  # noqa: E402
