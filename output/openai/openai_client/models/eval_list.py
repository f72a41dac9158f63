"""EvalList: An object representing a list of evals."""

from typing import Literal

from .._base_model import BaseModel
from .eval import Eval

__all__ = ["EvalList"]


class EvalList(BaseModel):
    """An object representing a list of evals."""

    object: Literal["list"]
    """The type of this object. It is always set to "list"."""

    data: list[Eval]
    """An array of eval objects."""

    first_id: str
    """The identifier of the first eval in the data array."""

    last_id: str
    """The identifier of the last eval in the data array."""

    has_more: bool
    """Indicates whether there are more evals available."""
