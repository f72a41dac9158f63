from typing import Literal

from .._base_model import BaseModel
from .eval_jsonl_file_content_source_content_item import (
    EvalJsonlFileContentSourceContentItem,
)

__all__ = ["EvalJsonlFileContentSource"]


class EvalJsonlFileContentSource(BaseModel):
    type: Literal["file_content"]
    """The type of jsonl source. Always `file_content`."""

    content: list[EvalJsonlFileContentSourceContentItem]
    """The content of the jsonl file."""
