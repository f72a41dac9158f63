from typing import Literal

from .._base_model import BaseModel
from .voice_ids_or_custom_voice import VoiceIdsOrCustomVoice

__all__ = ["CreateSpeechRequest"]


class CreateSpeechRequest(BaseModel):
    model: (
        str
        | Literal["tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"]
    )
    """One of the available [TTS models](https://api.openai.com/docs/models#tts):
    `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`, or `gpt-4o-mini-tts-2025-12-15`.
    """

    input: str
    """The text to generate audio for. The maximum length is 4096 characters."""

    instructions: str | None = None
    """Control the voice of your generated audio with additional instructions. Does not
    work with `tts-1` or `tts-1-hd`.
    """

    voice: VoiceIdsOrCustomVoice
    """The voice to use when generating the audio. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`,
    `shimmer`, `verse`, `marin`, and `cedar`. You may also provide a custom voice
    object with an `id`, for example `{ "id": "voice_1234" }`. Previews of the voices
    are available in the [Text to speech
    guide](https://api.openai.com/docs/guides/text-to-speech#voice-options).
    """

    response_format: (
        Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | str | None
    ) = None
    """The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`,
    `wav`, and `pcm`.
    """

    speed: float | None = None
    """The speed of the generated audio. Select a value from `0.25` to `4.0`. `1.0` is
    the default.
    """

    stream_format: Literal["sse", "audio"] | str | None = None
    """The format to stream the audio in. Supported formats are `sse` and `audio`. `sse`
    is not supported for `tts-1` or `tts-1-hd`.
    """
