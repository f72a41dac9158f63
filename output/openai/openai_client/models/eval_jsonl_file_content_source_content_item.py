from typing import Any

from .._base_model import BaseModel

__all__ = ["EvalJsonlFileContentSourceContentItem"]


class EvalJsonlFileContentSourceContentItem(BaseModel):
    item: dict[str, Any]

    sample: dict[str, Any] | None = None
