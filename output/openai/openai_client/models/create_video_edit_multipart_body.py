"""CreateVideoEditMultipartBody: Parameters for editing an existing generated video."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["CreateVideoEditMultipartBody"]


class CreateVideoEditMultipartBody(BaseModel):
    """Parameters for editing an existing generated video."""

    video: bytes | VideoReferenceInputParam

    prompt: str
    """Text prompt that describes how to edit the source video."""


# Imported last so that models referring to each other can load in any order.
from .video_reference_input_param import VideoReferenceInputParam  # noqa: E402
