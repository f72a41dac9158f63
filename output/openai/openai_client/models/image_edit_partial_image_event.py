"""ImageEditPartialImageEvent: Emitted when a partial image is available during image
editing streaming.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ImageEditPartialImageEvent"]


class ImageEditPartialImageEvent(BaseModel):
    """Emitted when a partial image is available during image editing streaming."""

    type: Literal["image_edit.partial_image"]
    """The type of the event. Always `image_edit.partial_image`."""

    b64_json: str
    """Base64-encoded partial image data, suitable for rendering as an image."""

    created_at: int
    """The Unix timestamp when the event was created."""

    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"] | str
    """The size of the requested edited image."""

    quality: Literal["low", "medium", "high", "auto"] | str
    """The quality setting for the requested edited image."""

    background: Literal["transparent", "opaque", "auto"] | str
    """The background setting for the requested edited image."""

    output_format: Literal["png", "webp", "jpeg"] | str
    """The output format for the requested edited image."""

    partial_image_index: int
    """0-based index for the partial image (streaming)."""
