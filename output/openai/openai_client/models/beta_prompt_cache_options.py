"""BetaPromptCacheOptions: The prompt-caching options that were applied to the response.
Supported for `gpt-5.6` and later models.
"""

from .._base_model import BaseModel
from .beta_prompt_cache_mode_enum import BetaPromptCacheModeEnum
from .beta_prompt_cache_ttl_enum import BetaPromptCacheTTLEnum

__all__ = ["BetaPromptCacheOptions"]


class BetaPromptCacheOptions(BaseModel):
    """The prompt-caching options that were applied to the response. Supported for
    `gpt-5.6` and later models.
    """

    ttl: BetaPromptCacheTTLEnum
    """The minimum lifetime applied to each cache breakpoint."""

    mode: BetaPromptCacheModeEnum
    """Whether implicit prompt-cache breakpoints were enabled."""
