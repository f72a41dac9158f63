from .._base_model import BaseModel
from .metadata import Metadata

__all__ = ["UpdateChatCompletionRequest"]


class UpdateChatCompletionRequest(BaseModel):
    metadata: Metadata
