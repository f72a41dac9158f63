"""ChatCompletionRequestMessageContentPartImage: Learn about [image
inputs](https://api.openai.com/docs/guides/vision).
"""

from typing import Literal

from .._base_model import BaseModel
from .chat_completion_request_message_content_part_image_image_url import (
    ChatCompletionRequestMessageContentPartImageImageUrl,
)
from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam

__all__ = ["ChatCompletionRequestMessageContentPartImage"]


class ChatCompletionRequestMessageContentPartImage(BaseModel):
    """Learn about [image inputs](https://api.openai.com/docs/guides/vision)."""

    type: Literal["image_url"]
    """The type of the content part."""

    image_url: ChatCompletionRequestMessageContentPartImageImageUrl

    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL
    from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a
    token block.
    """
