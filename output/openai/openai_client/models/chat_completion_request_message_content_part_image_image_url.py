from typing import Literal

from .._base_model import BaseModel

__all__ = ["ChatCompletionRequestMessageContentPartImageImageUrl"]


class ChatCompletionRequestMessageContentPartImageImageUrl(BaseModel):
    url: str
    """Either a URL of the image or the base64 encoded image data."""

    detail: Literal["auto", "low", "high"] | str | None = None
    """Specifies the detail level of the image. Learn more in the [Vision
    guide](https://api.openai.com/docs/guides/vision#low-or-high-fidelity-image-understanding).
    """
