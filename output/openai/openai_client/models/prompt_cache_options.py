"""PromptCacheOptions: The prompt-caching options that were applied to the response.
Supported for `gpt-5.6` and later models.
"""

from typing import Literal

from .._base_model import BaseModel
from .prompt_cache_mode_enum import PromptCacheModeEnum

__all__ = ["PromptCacheOptions"]


class PromptCacheOptions(BaseModel):
    """The prompt-caching options that were applied to the response. Supported for
    `gpt-5.6` and later models.
    """

    ttl: Literal["30m"]
    """The minimum lifetime applied to each cache breakpoint."""

    mode: PromptCacheModeEnum
    """Whether implicit prompt-cache breakpoints were enabled."""
