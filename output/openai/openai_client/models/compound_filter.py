"""CompoundFilter: Combine multiple filters using `and` or `or`."""

from typing import Any, Literal

from .._base_model import BaseModel

__all__ = ["CompoundFilter"]


class CompoundFilter(BaseModel):
    """Combine multiple filters using `and` or `or`."""

    type: Literal["and", "or"] | str
    """Type of operation: `and` or `or`."""

    filters: list[Any]
    """Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`."""
