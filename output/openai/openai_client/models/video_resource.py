"""VideoResource: Structured information describing a generated video job."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["VideoResource"]


class VideoResource(BaseModel):
    """Structured information describing a generated video job."""

    id: str
    """Unique identifier for the video job."""

    object: Literal["video"]
    """The object type, which is always `video`."""

    model: VideoModel
    """The video generation model that produced the job."""

    status: VideoStatus
    """Current lifecycle status of the video job."""

    progress: int
    """Approximate completion percentage for the generation task."""

    created_at: int
    """Unix timestamp (seconds) for when the job was created."""

    completed_at: int | None

    expires_at: int | None

    prompt: str | None

    size: VideoSize
    """The resolution of the generated video."""

    seconds: str
    """Duration of the generated clip in seconds. For extensions, this is the stitched
    total duration.
    """

    remixed_from_video_id: str | None

    error: Error2 | None


# Imported last so that models referring to each other can load in any order.
from .error2 import Error2  # noqa: E402
from .video_model import VideoModel  # noqa: E402
from .video_size import VideoSize  # noqa: E402
from .video_status import VideoStatus  # noqa: E402
