"""BetaMoveParam: A mouse move action."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaMoveParam"]


class BetaMoveParam(BaseModel):
    """A mouse move action."""

    type: Literal["move"]
    """Specifies the event type. For a move action, this property is always set to
    `move`.
    """

    x: int
    """The x-coordinate to move to."""

    y: int
    """The y-coordinate to move to."""

    keys: list[str] | None = None
