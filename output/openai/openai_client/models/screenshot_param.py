"""ScreenshotParam: A screenshot action."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ScreenshotParam"]


class ScreenshotParam(BaseModel):
    """A screenshot action."""

    type: Literal["screenshot"]
    """Specifies the event type. For a screenshot action, this property is always set to
    `screenshot`.
    """
