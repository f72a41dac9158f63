from typing import Literal

from .._base_model import BaseModel

__all__ = ["EvalJsonlFileIdSource"]


class EvalJsonlFileIdSource(BaseModel):
    type: Literal["file_id"]
    """The type of jsonl source. Always `file_id`."""

    id: str
    """The identifier of the file."""
