"""CreateVideoEditJsonBody: JSON parameters for editing an existing generated video."""

from .._base_model import BaseModel
from .video_reference_input_param import VideoReferenceInputParam

__all__ = ["CreateVideoEditJsonBody"]


class CreateVideoEditJsonBody(BaseModel):
    """JSON parameters for editing an existing generated video."""

    video: VideoReferenceInputParam
    """Reference to the completed video to edit."""

    prompt: str
    """Text prompt that describes how to edit the source video."""
