from typing import Literal

from .._base_model import BaseModel

__all__ = ["CreateImageVariationRequest"]


class CreateImageVariationRequest(BaseModel):
    image: bytes
    """The image to use as the basis for the variation(s). Must be a valid PNG file,
    less than 4MB, and square.
    """

    model: str | Literal["dall-e-2"] | None = None
    """The model to use for image generation. Only `dall-e-2` is supported at this time."""

    n: int | None = None
    """The number of images to generate. Must be between 1 and 10."""

    response_format: Literal["url", "b64_json"] | str | None = None
    """The format in which the generated images are returned. Must be one of `url` or
    `b64_json`. URLs are only valid for 60 minutes after the image has been
    generated.
    """

    size: Literal["256x256", "512x512", "1024x1024"] | str | None = None
    """The size of the generated images. Must be one of `256x256`, `512x512`, or
    `1024x1024`.
    """

    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI to monitor
    and detect abuse. [Learn
    more](https://api.openai.com/docs/guides/safety-best-practices#end-user-ids).
    """
