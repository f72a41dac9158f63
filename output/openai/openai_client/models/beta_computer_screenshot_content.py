"""BetaComputerScreenshotContent: A screenshot of a computer."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .beta_image_detail import BetaImageDetail  # noqa: E402
from .beta_prompt_cache_breakpoint_config import (  # noqa: E402
    BetaPromptCacheBreakpointConfig,
)
