"""CreateVideoExtendMultipartBody: Multipart parameters for extending an existing
generated video.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["CreateVideoExtendMultipartBody"]


class CreateVideoExtendMultipartBody(BaseModel):
    """Multipart parameters for extending an existing generated video."""

    video: VideoReferenceInputParam | bytes

    prompt: str
    """Updated text prompt that directs the extension generation."""

    seconds: VideoSeconds
    """Length of the newly generated extension segment in seconds (allowed values: 4, 8,
    12, 16, 20).
    """


# Imported last so that models referring to each other can load in any order.
from .video_reference_input_param import VideoReferenceInputParam  # noqa: E402
from .video_seconds import VideoSeconds  # noqa: E402
