from typing import Literal

from .._base_model import BaseModel
from .admin_api_key import AdminApiKey

__all__ = ["ApiKeyList"]


class ApiKeyList(BaseModel):
    object: Literal["list"]

    data: list[AdminApiKey]

    has_more: bool

    first_id: str | None = None

    last_id: str | None = None
