"""CreateVideoEditMultipartBody: Parameters for editing an existing generated video."""

from .._base_model import BaseModel
from .video_reference_input_param import VideoReferenceInputParam

__all__ = ["CreateVideoEditMultipartBody"]


class CreateVideoEditMultipartBody(BaseModel):
    """Parameters for editing an existing generated video."""

    video: bytes | VideoReferenceInputParam

    prompt: str
    """Text prompt that describes how to edit the source video."""
