"""CreateEvalCustomDataSourceConfig: A CustomDataSourceConfig object that defines the
schema for the data source used for the evaluation runs.
This schema is used to define the shape of the data that will be:
- Used to define your testing criteria and
- What data is required when creating a run
"""

from typing import Any, Literal

from .._base_model import BaseModel

__all__ = ["CreateEvalCustomDataSourceConfig"]


class CreateEvalCustomDataSourceConfig(BaseModel):
    """A CustomDataSourceConfig object that defines the schema for the data source used
    for the evaluation runs.
    This schema is used to define the shape of the data that will be:
    - Used to define your testing criteria and
    - What data is required when creating a run
    """

    type: Literal["custom"]
    """The type of data source. Always `custom`."""

    item_schema: dict[str, Any]
    """The json schema for each row in the data source."""

    include_sample_schema: bool | None = None
    """Whether the eval should expect you to populate the sample namespace (ie, by
    generating responses off of your data source)
    """
