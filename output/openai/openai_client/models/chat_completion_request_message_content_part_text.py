"""ChatCompletionRequestMessageContentPartText: Learn about [text
inputs](https://api.openai.com/docs/guides/text-generation).
"""

from typing import Literal

from .._base_model import BaseModel
from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam

__all__ = ["ChatCompletionRequestMessageContentPartText"]


class ChatCompletionRequestMessageContentPartText(BaseModel):
    """Learn about [text inputs](https://api.openai.com/docs/guides/text-generation)."""

    type: Literal["text"]
    """The type of the content part."""

    text: str
    """The text content."""

    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL
    from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a
    token block.
    """
