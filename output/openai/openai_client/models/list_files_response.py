from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ListFilesResponse"]


class ListFilesResponse(BaseModel):
    object: str

    data: list[OpenAIFile]

    first_id: str

    last_id: str

    has_more: bool


# Imported last so that models referring to each other can load in any order.
from .open_ai_file import OpenAIFile  # noqa: E402
