"""ComputerScreenshotContent: A screenshot of a computer."""

from typing import Literal

from .._base_model import BaseModel
from .image_detail import ImageDetail
from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig

__all__ = ["ComputerScreenshotContent"]


class ComputerScreenshotContent(BaseModel):
    """A screenshot of a computer."""

    type: Literal["computer_screenshot"]
    """Specifies the event type. For a computer screenshot, this property is always set
    to `computer_screenshot`.
    """

    image_url: str | None

    file_id: str | None

    detail: ImageDetail
    """The detail level of the screenshot image to be sent to the model. One of `high`,
    `low`, `auto`, or `original`. Defaults to `auto`.
    """

    prompt_cache_breakpoint: PromptCacheBreakpointConfig | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL
    from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a
    token block.
    """
