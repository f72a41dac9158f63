"""CreateModerationRequestInputVariant3ItemVariant1ImageUrl: Contains either an image
URL or a data URL for a base64 encoded image.
"""

from .._base_model import BaseModel

__all__ = ["CreateModerationRequestInputVariant3ItemVariant1ImageUrl"]


class CreateModerationRequestInputVariant3ItemVariant1ImageUrl(BaseModel):
    """Contains either an image URL or a data URL for a base64 encoded image."""

    url: str
    """Either a URL of the image or the base64 encoded image data."""
