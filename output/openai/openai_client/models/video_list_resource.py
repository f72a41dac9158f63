from typing import Literal

from .._base_model import BaseModel
from .video_resource import VideoResource

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
