"""BetaImageGenToolInputImageMask: Optional mask for inpainting. Contains `image_url`
(string, optional) and `file_id` (string, optional).
"""

from .._base_model import BaseModel

__all__ = ["BetaImageGenToolInputImageMask"]


class BetaImageGenToolInputImageMask(BaseModel):
    """Optional mask for inpainting. Contains `image_url`
    (string, optional) and `file_id` (string, optional).
    """

    image_url: str | None = None
    """Base64-encoded mask image."""

    file_id: str | None = None
    """File ID for the mask image."""
