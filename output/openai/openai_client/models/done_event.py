"""DoneEvent: Occurs when a stream ends."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["DoneEvent"]


class DoneEvent(BaseModel):
    """Occurs when a stream ends."""

    event: Literal["done"]

    data: Literal["[DONE]"]
