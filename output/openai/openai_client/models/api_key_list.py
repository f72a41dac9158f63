from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ApiKeyList"]


class ApiKeyList(BaseModel):
    object: Literal["list"]

    data: list[AdminApiKey]

    has_more: bool

    first_id: str | None = None

    last_id: str | None = None


# Imported last so that models referring to each other can load in any order.
from .admin_api_key import AdminApiKey  # noqa: E402
