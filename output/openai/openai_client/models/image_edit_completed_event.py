"""ImageEditCompletedEvent: Emitted when image editing has completed and the final image
is available.
"""

from typing import Literal

from .._base_model import BaseModel
from .images_usage import ImagesUsage

__all__ = ["ImageEditCompletedEvent"]


class ImageEditCompletedEvent(BaseModel):
    """Emitted when image editing has completed and the final image is available."""

    type: Literal["image_edit.completed"]
    """The type of the event. Always `image_edit.completed`."""

    b64_json: str
    """Base64-encoded final edited image data, suitable for rendering as an image."""

    created_at: int
    """The Unix timestamp when the event was created."""

    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"] | str
    """The size of the edited image."""

    quality: Literal["low", "medium", "high", "auto"] | str
    """The quality setting for the edited image."""

    background: Literal["transparent", "opaque", "auto"] | str
    """The background setting for the edited image."""

    output_format: Literal["png", "webp", "jpeg"] | str
    """The output format for the edited image."""

    usage: ImagesUsage
    """For the GPT image models only, the token usage information for the image
    generation.
    """
