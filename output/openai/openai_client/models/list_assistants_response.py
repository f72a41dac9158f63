from .._base_model import BaseModel
from .assistant_object import AssistantObject

__all__ = ["ListAssistantsResponse"]


class ListAssistantsResponse(BaseModel):
    object: str

    data: list[AssistantObject]

    first_id: str

    last_id: str

    has_more: bool
