from .._base_model import BaseModel
from .metadata import Metadata

__all__ = ["ModifyMessageRequest"]


class ModifyMessageRequest(BaseModel):
    metadata: Metadata | None = None
