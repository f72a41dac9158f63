"""BetaClickParam: A click action."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .beta_click_button_type import BetaClickButtonType  # noqa: E402
