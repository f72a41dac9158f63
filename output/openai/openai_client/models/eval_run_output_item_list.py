"""EvalRunOutputItemList: An object representing a list of output items for an
evaluation run.
"""

from typing import Literal

from .._base_model import BaseModel
from .eval_run_output_item import EvalRunOutputItem

__all__ = ["EvalRunOutputItemList"]


class EvalRunOutputItemList(BaseModel):
    """An object representing a list of output items for an evaluation run."""

    object: Literal["list"]
    """The type of this object. It is always set to "list"."""

    data: list[EvalRunOutputItem]
    """An array of eval run output item objects."""

    first_id: str
    """The identifier of the first eval run output item in the data array."""

    last_id: str
    """The identifier of the last eval run output item in the data array."""

    has_more: bool
    """Indicates whether there are more eval run output items available."""
