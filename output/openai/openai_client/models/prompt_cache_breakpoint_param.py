"""PromptCacheBreakpointParam: Marks the exact end of a reusable prompt prefix. The
breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the
boundary is not rounded to a token block.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["PromptCacheBreakpointParam"]


class PromptCacheBreakpointParam(BaseModel):
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL
    from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a
    token block.
    """

    mode: Literal["explicit"]
    """The breakpoint mode. Always `explicit`."""
