"""ImagesUsageInputTokensDetails: The input tokens detailed information for the image
generation.
"""

from .._base_model import BaseModel

__all__ = ["ImagesUsageInputTokensDetails"]


class ImagesUsageInputTokensDetails(BaseModel):
    """The input tokens detailed information for the image generation."""

    text_tokens: int
    """The number of text tokens in the input prompt."""

    image_tokens: int
    """The number of image tokens in the input prompt."""
