"""ImagesUsage: For the GPT image models only, the token usage information for the image
generation.
"""

from .._base_model import BaseModel
from .images_usage_input_tokens_details import ImagesUsageInputTokensDetails

__all__ = ["ImagesUsage"]


class ImagesUsage(BaseModel):
    """For the GPT image models only, the token usage information for the image
    generation.
    """

    total_tokens: int
    """The total number of tokens (images and text) used for the image generation."""

    input_tokens: int
    """The number of tokens (images and text) in the input prompt."""

    output_tokens: int
    """The number of image tokens in the output image."""

    input_tokens_details: ImagesUsageInputTokensDetails
    """The input tokens detailed information for the image generation."""
