"""EvalStoredCompletionsDataSourceConfig: Deprecated in favor of LogsDataSourceConfig.


.. deprecated:: the API marks this schema as deprecated.
"""

from typing import Any, Literal

from pydantic import Field

from .._base_model import BaseModel
from .metadata import Metadata

__all__ = ["EvalStoredCompletionsDataSourceConfig"]


class EvalStoredCompletionsDataSourceConfig(BaseModel):
    """Deprecated in favor of LogsDataSourceConfig."""

    type: Literal["stored_completions"]
    """The type of data source. Always `stored_completions`."""

    metadata: Metadata | None = None

    schema_: dict[str, Any] = Field(alias="schema")
    """The json schema for the run data source items.
    Learn how to build JSON schemas [here](https://json-schema.org/).


    Wire name: `schema`.
    """
