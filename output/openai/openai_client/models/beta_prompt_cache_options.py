"""BetaPromptCacheOptions: The prompt-caching options that were applied to the response.
Supported for `gpt-5.6` and later models.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["BetaPromptCacheOptions"]


class BetaPromptCacheOptions(BaseModel):
    """The prompt-caching options that were applied to the response. Supported for
    `gpt-5.6` and later models.
    """

    ttl: BetaPromptCacheTTLEnum
    """The minimum lifetime applied to each cache breakpoint."""

    mode: BetaPromptCacheModeEnum
    """Whether implicit prompt-cache breakpoints were enabled."""


# Imported last so that models referring to each other can load in any order.
from .beta_prompt_cache_mode_enum import BetaPromptCacheModeEnum  # noqa: E402
from .beta_prompt_cache_ttl_enum import BetaPromptCacheTTLEnum  # noqa: E402
