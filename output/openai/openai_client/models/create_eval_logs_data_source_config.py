"""CreateEvalLogsDataSourceConfig: A data source config which specifies the metadata
property of your logs query.
This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
"""

from typing import Any, Literal

from .._base_model import BaseModel

__all__ = ["CreateEvalLogsDataSourceConfig"]


class CreateEvalLogsDataSourceConfig(BaseModel):
    """A data source config which specifies the metadata property of your logs query.
    This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
    """

    type: Literal["logs"]
    """The type of data source. Always `logs`."""

    metadata: dict[str, Any] | None = None
    """Metadata filters for the logs data source."""
