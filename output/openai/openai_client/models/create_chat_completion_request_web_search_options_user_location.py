"""CreateChatCompletionRequestWebSearchOptionsUserLocation: Approximate location
parameters for the search.
"""

from typing import Literal

from .._base_model import BaseModel
from .web_search_location import WebSearchLocation

__all__ = ["CreateChatCompletionRequestWebSearchOptionsUserLocation"]


class CreateChatCompletionRequestWebSearchOptionsUserLocation(BaseModel):
    """Approximate location parameters for the search."""

    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`."""

    approximate: WebSearchLocation
    """Approximate location parameters for the search."""
