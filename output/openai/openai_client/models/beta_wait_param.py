"""BetaWaitParam: A wait action."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaWaitParam"]


class BetaWaitParam(BaseModel):
    """A wait action."""

    type: Literal["wait"]
    """Specifies the event type. For a wait action, this property is always set to
    `wait`.
    """
