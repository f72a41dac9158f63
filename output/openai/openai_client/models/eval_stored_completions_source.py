"""EvalStoredCompletionsSource: A StoredCompletionsRunDataSource configuration
describing a set of filters
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .metadata import Metadata  # noqa: E402
