"""ComputerScreenshotImage: A computer screenshot image used with the computer use tool."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ComputerScreenshotImage"]


class ComputerScreenshotImage(BaseModel):
    """A computer screenshot image used with the computer use tool."""

    type: Literal["computer_screenshot"]
    """Specifies the event type. For a computer screenshot, this property is
    always set to `computer_screenshot`.
    """

    image_url: str | None = None
    """The URL of the screenshot image."""

    file_id: str | None = None
    """The identifier of an uploaded file that contains the screenshot."""
