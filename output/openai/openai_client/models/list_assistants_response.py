from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ListAssistantsResponse"]


class ListAssistantsResponse(BaseModel):
    object: str

    data: list[AssistantObject]

    first_id: str

    last_id: str

    has_more: bool


# Imported last so that models referring to each other can load in any order.
from .assistant_object import AssistantObject  # noqa: E402
