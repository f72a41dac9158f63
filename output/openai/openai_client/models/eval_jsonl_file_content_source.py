from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["EvalJsonlFileContentSource"]


class EvalJsonlFileContentSource(BaseModel):
    type: Literal["file_content"]
    """The type of jsonl source. Always `file_content`."""

    content: list[EvalJsonlFileContentSourceContentItem]
    """The content of the jsonl file."""


# Imported last so that models referring to each other can load in any order.
from .eval_jsonl_file_content_source_content_item import (  # noqa: E402
    EvalJsonlFileContentSourceContentItem,
)
