from .._base_model import BaseModel
from .metadata import Metadata

__all__ = ["UpdateEvalRequest"]


class UpdateEvalRequest(BaseModel):
    name: str | None = None
    """Rename the evaluation."""

    metadata: Metadata | None = None
