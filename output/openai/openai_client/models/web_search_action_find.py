"""WebSearchActionFind: Action type "find_in_page": Searches for a pattern within a
loaded page.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["WebSearchActionFind"]


class WebSearchActionFind(BaseModel):
    """Action type "find_in_page": Searches for a pattern within a loaded page."""

    type: Literal["find_in_page"]
    """The action type."""

    url: str
    """The URL of the page searched for the pattern."""

    pattern: str
    """The pattern or text to search for within the page."""
