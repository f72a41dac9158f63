"""ImagesResponse: The response from the image generation endpoint."""

from typing import Literal

from .._base_model import BaseModel
from .image import Image
from .image_gen_usage import ImageGenUsage

__all__ = ["ImagesResponse"]


class ImagesResponse(BaseModel):
    """The response from the image generation endpoint."""

    created: int
    """The Unix timestamp (in seconds) of when the image was created."""

    data: list[Image] | None = None
    """The list of generated images."""

    background: Literal["transparent", "opaque"] | str | None = None
    """The background parameter used for the image generation. Either `transparent` or
    `opaque`.
    """

    output_format: Literal["png", "webp", "jpeg"] | str | None = None
    """The output format of the image generation. Either `png`, `webp`, or `jpeg`."""

    size: Literal["1024x1024", "1024x1536", "1536x1024"] | str | None = None
    """The size of the image generated. Either `1024x1024`, `1024x1536`, or `1536x1024`."""

    quality: Literal["low", "medium", "high"] | str | None = None
    """The quality of the image generated. Either `low`, `medium`, or `high`."""

    usage: ImageGenUsage | None = None
    """For `gpt-image-1` only, the token usage information for the image generation."""
