"""BetaComputerScreenshotContent: A screenshot of a computer."""

from typing import Literal

from .._base_model import BaseModel
from .beta_image_detail import BetaImageDetail
from .beta_prompt_cache_breakpoint_config import BetaPromptCacheBreakpointConfig

__all__ = ["BetaComputerScreenshotContent"]


class BetaComputerScreenshotContent(BaseModel):
    """A screenshot of a computer."""

    type: Literal["computer_screenshot"]
    """Specifies the event type. For a computer screenshot, this property is always set
    to `computer_screenshot`.
    """

    image_url: str | None

    file_id: str | None

    detail: BetaImageDetail
    """The detail level of the screenshot image to be sent to the model. One of `high`,
    `low`, `auto`, or `original`. Defaults to `auto`.
    """

    prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL
    from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a
    token block.
    """
