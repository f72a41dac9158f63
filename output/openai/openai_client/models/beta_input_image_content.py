"""BetaInputImageContent: An image input to the model. Learn about [image
inputs](https://api.openai.com/docs/guides/vision).
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_image_detail import BetaImageDetail
from .beta_prompt_cache_breakpoint_config import BetaPromptCacheBreakpointConfig

__all__ = ["BetaInputImageContent"]


class BetaInputImageContent(BaseModel):
    """An image input to the model. Learn about [image
    inputs](https://api.openai.com/docs/guides/vision).
    """

    type: Literal["input_image"]
    """The type of the input item. Always `input_image`."""

    image_url: str | None = None

    file_id: str | None = None

    detail: BetaImageDetail
    """The detail level of the image to be sent to the model. One of `high`, `low`,
    `auto`, or `original`. Defaults to `auto`.
    """

    prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL
    from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a
    token block.
    """
