"""CreateModerationRequestInputVariant3ItemVariant1: An object describing an image to
classify.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["CreateModerationRequestInputVariant3ItemVariant1"]


class CreateModerationRequestInputVariant3ItemVariant1(BaseModel):
    """An object describing an image to classify."""

    type: Literal["image_url"]
    """Always `image_url`."""

    image_url: CreateModerationRequestInputVariant3ItemVariant1ImageUrl
    """Contains either an image URL or a data URL for a base64 encoded image."""


# Imported last so that models referring to each other can load in any order.
from .create_moderation_request_input_variant3_item_variant1_image_url import (  # noqa: E402
    CreateModerationRequestInputVariant3ItemVariant1ImageUrl,
)
