from typing import Literal

from .._base_model import BaseModel

__all__ = ["DeleteAssistantResponse"]


class DeleteAssistantResponse(BaseModel):
    id: str

    deleted: bool

    object: Literal["assistant.deleted"]
