"""ComparisonFilter: A filter used to compare a specified attribute key to a given value
using a defined comparison operation.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ComparisonFilter"]


class ComparisonFilter(BaseModel):
    """A filter used to compare a specified attribute key to a given value using a
    defined comparison operation.
    """

    type: Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"] | str
    """Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`,
    `nin`.
    - `eq`: equals
    - `ne`: not equal
    - `gt`: greater than
    - `gte`: greater than or equal
    - `lt`: less than
    - `lte`: less than or equal
    - `in`: in
    - `nin`: not in
    """

    key: str
    """The key to compare against the value."""

    value: str | float | bool | list[str | float]
    """The value to compare against the attribute key; supports string, number, or
    boolean types.
    """
