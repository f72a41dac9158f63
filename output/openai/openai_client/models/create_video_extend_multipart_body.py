"""CreateVideoExtendMultipartBody: Multipart parameters for extending an existing
generated video.
"""

from .._base_model import BaseModel
from .video_reference_input_param import VideoReferenceInputParam
from .video_seconds import VideoSeconds

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
