"""BetaWebSearchActionSearchSourcesItem: A source used in the search."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaWebSearchActionSearchSourcesItem"]


class BetaWebSearchActionSearchSourcesItem(BaseModel):
    """A source used in the search."""

    type: Literal["url"]
    """The type of source. Always `url`."""

    url: str
    """The URL of the source."""
