"""WebSearchActionOpenPage: Action type "open_page" - Opens a specific URL from search
results.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["WebSearchActionOpenPage"]


class WebSearchActionOpenPage(BaseModel):
    """Action type "open_page" - Opens a specific URL from search results."""

    type: Literal["open_page"]
    """The action type."""

    url: str | None = None
    """The URL opened by the model."""
