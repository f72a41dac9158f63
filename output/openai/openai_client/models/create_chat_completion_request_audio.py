"""CreateChatCompletionRequestAudio: Parameters for audio output. Required when audio
output is requested with
`modalities: ["audio"]`. [Learn more](https://api.openai.com/docs/guides/audio).
"""

from typing import Literal

from .._base_model import BaseModel
from .voice_ids_or_custom_voice import VoiceIdsOrCustomVoice

__all__ = ["CreateChatCompletionRequestAudio"]


class CreateChatCompletionRequestAudio(BaseModel):
    """Parameters for audio output. Required when audio output is requested with
    `modalities: ["audio"]`. [Learn more](https://api.openai.com/docs/guides/audio).
    """

    voice: VoiceIdsOrCustomVoice
    """The voice the model uses to respond. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `nova`, `onyx`,
    `sage`, `shimmer`, `marin`, and `cedar`. You may also provide a
    custom voice object with an `id`, for example `{ "id": "voice_1234" }`.
    """

    format: Literal["wav", "aac", "mp3", "flac", "opus", "pcm16"] | str
    """Specifies the output audio format. Must be one of `wav`, `mp3`, `flac`,
    `opus`, or `pcm16`.
    """
