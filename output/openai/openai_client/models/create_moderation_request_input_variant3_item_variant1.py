"""CreateModerationRequestInputVariant3ItemVariant1: An object describing an image to
classify.
"""

from typing import Literal

from .._base_model import BaseModel
from .create_moderation_request_input_variant3_item_variant1_image_url import (
    CreateModerationRequestInputVariant3ItemVariant1ImageUrl,
)

__all__ = ["CreateModerationRequestInputVariant3ItemVariant1"]


class CreateModerationRequestInputVariant3ItemVariant1(BaseModel):
    """An object describing an image to classify."""

    type: Literal["image_url"]
    """Always `image_url`."""

    image_url: CreateModerationRequestInputVariant3ItemVariant1ImageUrl
    """Contains either an image URL or a data URL for a base64 encoded image."""
