"""BetaResponseItemList: A list of Response items."""

from typing import Literal

from .._base_model import BaseModel
from .beta_item_resource import BetaItemResource

__all__ = ["BetaResponseItemList"]


class BetaResponseItemList(BaseModel):
    """A list of Response items."""

    object: Literal["list"]
    """The type of object returned, must be `list`."""

    data: list[BetaItemResource]
    """A list of items used to generate this response."""

    has_more: bool
    """Whether there are more items available."""

    first_id: str
    """The ID of the first item in the list."""

    last_id: str
    """The ID of the last item in the list."""
