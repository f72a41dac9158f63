"""ChatCompletionRequestMessageContentPartFile: Learn about [file
inputs](https://api.openai.com/docs/guides/text) for text generation.
"""

from typing import Literal

from .._base_model import BaseModel
from .chat_completion_request_message_content_part_file_file import (
    ChatCompletionRequestMessageContentPartFileFile,
)
from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam

__all__ = ["ChatCompletionRequestMessageContentPartFile"]


class ChatCompletionRequestMessageContentPartFile(BaseModel):
    """Learn about [file inputs](https://api.openai.com/docs/guides/text) for text
    generation.
    """

    type: Literal["file"]
    """The type of the content part. Always `file`."""

    file: ChatCompletionRequestMessageContentPartFileFile

    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL
    from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a
    token block.
    """
