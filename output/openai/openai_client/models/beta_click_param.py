"""BetaClickParam: A click action."""

from typing import Literal

from .._base_model import BaseModel
from .beta_click_button_type import BetaClickButtonType

__all__ = ["BetaClickParam"]


class BetaClickParam(BaseModel):
    """A click action."""

    type: Literal["click"]
    """Specifies the event type. For a click action, this property is always `click`."""

    button: BetaClickButtonType
    """Indicates which mouse button was pressed during the click. One of `left`,
    `right`, `wheel`, `back`, or `forward`.
    """

    x: int
    """The x-coordinate where the click occurred."""

    y: int
    """The y-coordinate where the click occurred."""

    keys: list[str] | None = None
