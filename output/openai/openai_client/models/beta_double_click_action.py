"""BetaDoubleClickAction: A double click action."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaDoubleClickAction"]


class BetaDoubleClickAction(BaseModel):
    """A double click action."""

    type: Literal["double_click"]
    """Specifies the event type. For a double click action, this property is always set
    to `double_click`.
    """

    x: int
    """The x-coordinate where the double click occurred."""

    y: int
    """The y-coordinate where the double click occurred."""

    keys: list[str] | None
