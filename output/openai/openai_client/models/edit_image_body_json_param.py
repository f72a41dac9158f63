"""EditImageBodyJsonParam: JSON request body for image edits.

Use `images` (array of `ImageRefParam`) instead of multipart `image` uploads.
You can reference images via external URLs, data URLs, or uploaded file IDs.
JSON edits support GPT image models only; DALL-E edits require multipart (`dall-e-2`
only).
"""

from typing import Literal

from .._base_model import BaseModel
from .image_ref_param import ImageRefParam
from .partial_images import PartialImages

__all__ = ["EditImageBodyJsonParam"]


class EditImageBodyJsonParam(BaseModel):
    """JSON request body for image edits.

    Use `images` (array of `ImageRefParam`) instead of multipart `image` uploads.
    You can reference images via external URLs, data URLs, or uploaded file IDs.
    JSON edits support GPT image models only; DALL-E edits require multipart
    (`dall-e-2` only).
    """

    model: (
        str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | None
    ) = None
    """The GPT image model to use for image editing, including `gpt-image-2` and its
    dated snapshot `gpt-image-2-2026-04-21`.
    """

    images: list[ImageRefParam]
    """Input image references to edit.
    For GPT image models, you can provide up to 16 images.
    """

    mask: ImageRefParam | None = None
    """Reference an input image by either URL or uploaded file ID.
    Provide exactly one of `image_url` or `file_id`.
    """

    prompt: str
    """A text description of the desired image edit."""

    n: int | None = None
    """The number of edited images to generate."""

    quality: Literal["low", "medium", "high", "auto"] | str | None = None
    """Output quality for GPT image models."""

    input_fidelity: Literal["high", "low"] | str | None = None
    """Controls fidelity to the original input image(s)."""

    size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | str | None = None
    """Requested output image size."""

    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI
    monitor and detect abuse.
    """

    output_format: Literal["png", "jpeg", "webp"] | str | None = None
    """Output image format. Supported for GPT image models."""

    output_compression: int | None = None
    """Compression level for `jpeg` or `webp` output."""

    moderation: Literal["low", "auto"] | str | None = None
    """Moderation level for GPT image models."""

    background: Literal["transparent", "opaque", "auto"] | str | None = None
    """Set the background of the generated image output. Transparent backgrounds are
    available for supported GPT Image models. For `gpt-image-2` and
    `gpt-image-2-2026-04-21`, this support is in preview. When using `transparent`,
    set the output format to `png` or `webp`.
    """

    stream: bool | None = None
    """Stream partial image results as events."""

    partial_images: PartialImages | None = None
