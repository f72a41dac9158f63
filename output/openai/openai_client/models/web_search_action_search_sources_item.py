"""WebSearchActionSearchSourcesItem: A source used in the search."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["WebSearchActionSearchSourcesItem"]


class WebSearchActionSearchSourcesItem(BaseModel):
    """A source used in the search."""

    type: Literal["url"]
    """The type of source. Always `url`."""

    url: str
    """The URL of the source."""
