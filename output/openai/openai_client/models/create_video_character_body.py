"""CreateVideoCharacterBody: Parameters for creating a character from an uploaded video."""

from .._base_model import BaseModel

__all__ = ["CreateVideoCharacterBody"]


class CreateVideoCharacterBody(BaseModel):
    """Parameters for creating a character from an uploaded video."""

    video: bytes
    """Video file used to create a character."""

    name: str
    """Display name for this API character."""
