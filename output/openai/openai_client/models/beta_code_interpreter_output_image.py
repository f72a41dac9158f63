"""BetaCodeInterpreterOutputImage: The image output from the code interpreter."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaCodeInterpreterOutputImage"]


class BetaCodeInterpreterOutputImage(BaseModel):
    """The image output from the code interpreter."""

    type: Literal["image"]
    """The type of the output. Always `image`."""

    url: str
    """The URL of the image output from the code interpreter."""
