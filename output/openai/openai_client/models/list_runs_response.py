from .._base_model import BaseModel
from .run_object import RunObject

__all__ = ["ListRunsResponse"]


class ListRunsResponse(BaseModel):
    object: str

    data: list[RunObject]

    first_id: str

    last_id: str

    has_more: bool
