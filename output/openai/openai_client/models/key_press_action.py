"""KeyPressAction: A collection of keypresses the model would like to perform."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["KeyPressAction"]


class KeyPressAction(BaseModel):
    """A collection of keypresses the model would like to perform."""

    type: Literal["keypress"]
    """Specifies the event type. For a keypress action, this property is always set to
    `keypress`.
    """

    keys: list[str]
    """The combination of keys the model is requesting to be pressed. This is an array
    of strings, each representing a key.
    """
