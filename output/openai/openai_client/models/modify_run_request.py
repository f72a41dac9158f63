from .._base_model import BaseModel
from .metadata import Metadata

__all__ = ["ModifyRunRequest"]


class ModifyRunRequest(BaseModel):
    metadata: Metadata | None = None
