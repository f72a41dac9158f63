from typing import Literal

from .._base_model import BaseModel

__all__ = ["AdminApiKeysDeleteResponse"]


class AdminApiKeysDeleteResponse(BaseModel):
    id: str

    object: Literal["organization.admin_api_key.deleted"]

    deleted: bool
