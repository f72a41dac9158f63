"""EvalStoredCompletionsSource: A StoredCompletionsRunDataSource configuration
describing a set of filters
"""

from typing import Literal

from .._base_model import BaseModel
from .metadata import Metadata

__all__ = ["EvalStoredCompletionsSource"]


class EvalStoredCompletionsSource(BaseModel):
    """A StoredCompletionsRunDataSource configuration describing a set of filters"""

    type: Literal["stored_completions"]
    """The type of source. Always `stored_completions`."""

    metadata: Metadata | None = None

    model: str | None = None

    created_after: int | None = None

    created_before: int | None = None

    limit: int | None = None
