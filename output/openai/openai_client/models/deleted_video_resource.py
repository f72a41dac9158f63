"""DeletedVideoResource: Confirmation payload returned after deleting a video."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["DeletedVideoResource"]


class DeletedVideoResource(BaseModel):
    """Confirmation payload returned after deleting a video."""

    object: Literal["video.deleted"]
    """The object type that signals the deletion response."""

    deleted: bool
    """Indicates that the video resource was deleted."""

    id: str
    """Identifier of the deleted video."""
