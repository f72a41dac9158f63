"""CreateEvalStoredCompletionsDataSourceConfig: Deprecated in favor of
LogsDataSourceConfig.


.. deprecated:: the API marks this schema as deprecated.
"""

from typing import Any, Literal

from .._base_model import BaseModel

__all__ = ["CreateEvalStoredCompletionsDataSourceConfig"]


class CreateEvalStoredCompletionsDataSourceConfig(BaseModel):
    """Deprecated in favor of LogsDataSourceConfig."""

    type: Literal["stored_completions"]
    """The type of data source. Always `stored_completions`."""

    metadata: dict[str, Any] | None = None
    """Metadata filters for the stored completions data source."""
