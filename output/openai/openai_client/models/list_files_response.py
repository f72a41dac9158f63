from .._base_model import BaseModel
from .open_ai_file import OpenAIFile

__all__ = ["ListFilesResponse"]


class ListFilesResponse(BaseModel):
    object: str

    data: list[OpenAIFile]

    first_id: str

    last_id: str

    has_more: bool
