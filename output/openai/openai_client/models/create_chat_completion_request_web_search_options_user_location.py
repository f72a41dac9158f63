"""CreateChatCompletionRequestWebSearchOptionsUserLocation: Approximate location
parameters for the search.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["CreateChatCompletionRequestWebSearchOptionsUserLocation"]


class CreateChatCompletionRequestWebSearchOptionsUserLocation(BaseModel):
    """Approximate location parameters for the search."""

    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`."""

    approximate: WebSearchLocation
    """Approximate location parameters for the search."""


# Imported last so that models referring to each other can load in any order.
from .web_search_location import WebSearchLocation  # noqa: E402
