"""CoordParam: An x/y coordinate pair, e.g. `{ x: 100, y: 200 }`."""

from .._base_model import BaseModel

__all__ = ["CoordParam"]


class CoordParam(BaseModel):
    """An x/y coordinate pair, e.g. `{ x: 100, y: 200 }`."""

    x: int
    """The x-coordinate."""

    y: int
    """The y-coordinate."""
