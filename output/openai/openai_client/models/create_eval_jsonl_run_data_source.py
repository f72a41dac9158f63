"""CreateEvalJsonlRunDataSource: A JsonlRunDataSource object with that specifies a JSONL
file that matches the eval
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .eval_jsonl_file_content_source import EvalJsonlFileContentSource
from .eval_jsonl_file_id_source import EvalJsonlFileIdSource

__all__ = ["CreateEvalJsonlRunDataSource"]


class CreateEvalJsonlRunDataSource(BaseModel):
    """A JsonlRunDataSource object with that specifies a JSONL file that matches the
    eval
    """

    type: Literal["jsonl"]
    """The type of data source. Always `jsonl`."""

    source: Annotated[
        Annotated[
            EvalJsonlFileContentSource, pydantic.Tag("EvalJsonlFileContentSource")
        ]
        | Annotated[EvalJsonlFileIdSource, pydantic.Tag("EvalJsonlFileIdSource")]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "file_content": "EvalJsonlFileContentSource",
                "file_id": "EvalJsonlFileIdSource",
            },
        ),
    ]
    """Determines what populates the `item` namespace in the data source."""
