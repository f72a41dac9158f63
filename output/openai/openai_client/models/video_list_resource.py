from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["VideoListResource"]


class VideoListResource(BaseModel):
    object: Literal["list"]
    """The type of object returned, must be `list`."""

    data: list[VideoResource]
    """A list of items"""

    first_id: str | None

    last_id: str | None

    has_more: bool
    """Whether there are more items available."""


# Imported last so that models referring to each other can load in any order.
from .video_resource import VideoResource  # noqa: E402
