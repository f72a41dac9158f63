"""ChatCompletionRequestMessageContentPartAudio: Learn about [audio
inputs](https://api.openai.com/docs/guides/audio).
"""

from typing import Literal

from .._base_model import BaseModel
from .chat_completion_request_message_content_part_audio_input_audio import (
    ChatCompletionRequestMessageContentPartAudioInputAudio,
)
from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam

__all__ = ["ChatCompletionRequestMessageContentPartAudio"]


class ChatCompletionRequestMessageContentPartAudio(BaseModel):
    """Learn about [audio inputs](https://api.openai.com/docs/guides/audio)."""

    type: Literal["input_audio"]
    """The type of the content part. Always `input_audio`."""

    input_audio: ChatCompletionRequestMessageContentPartAudioInputAudio

    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL
    from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a
    token block.
    """
