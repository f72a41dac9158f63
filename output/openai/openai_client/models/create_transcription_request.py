from typing import Literal

from .._base_model import BaseModel
from .audio_response_format import AudioResponseFormat
from .vad_config import VadConfig

__all__ = ["CreateTranscriptionRequest"]


class CreateTranscriptionRequest(BaseModel):
    file: bytes
    """The audio file object (not file name) to transcribe, in one of these formats:
    flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
    The request must include enough format metadata for the file to be identified. We
    recommend an extension-bearing filename and an appropriate content type.
    """

    model: (
        str
        | Literal[
            "whisper-1",
            "gpt-transcribe",
            "gpt-4o-transcribe",
            "gpt-4o-mini-transcribe",
            "gpt-4o-mini-transcribe-2025-12-15",
            "gpt-4o-transcribe-diarize",
        ]
    )
    """ID of the model to use. The options are `gpt-transcribe`, `gpt-4o-transcribe`,
    `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1` (which
    is powered by our open source Whisper V2 model), and `gpt-4o-transcribe-diarize`.
    """

    language: str | None = None
    """The language of the input audio. Supplying the input language in
    [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`)
    format will improve accuracy and latency.
    """

    languages: list[str] | None = None
    """Possible languages of the input audio, in
    [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format.
    Supported by `gpt-transcribe`.
    """

    keywords: list[str] | None = None
    """Words or phrases to guide transcription of the input audio. Supported by
    `gpt-transcribe`.
    """

    prompt: str | None = None
    """An optional text to guide the model's style or continue a previous audio segment.
    The [prompt](https://api.openai.com/docs/guides/speech-to-text#prompting) should
    match the audio language. This field is not supported when using
    `gpt-4o-transcribe-diarize`.
    """

    response_format: AudioResponseFormat | None = None
    """The format of the output, in one of these options: `json`, `text`, `srt`,
    `verbose_json`, `vtt`, or `diarized_json`. For `gpt-4o-transcribe` and
    `gpt-4o-mini-transcribe`, the only supported format is `json`. For
    `gpt-4o-transcribe-diarize`, the supported formats are `json`, `text`, and
    `diarized_json`, with `diarized_json` required to receive speaker annotations.
    """

    temperature: float | None = None
    """The sampling temperature, between 0 and 1. Higher values like 0.8 will make the
    output more random, while lower values like 0.2 will make it more focused and
    deterministic. If set to 0, the model will use [log
    probability](https://en.wikipedia.org/wiki/Log_probability) to automatically
    increase the temperature until certain thresholds are hit.
    """

    include: list[Literal["logprobs"]] | None = None
    """Additional information to include in the transcription response.
    `logprobs` will return the log probabilities of the tokens in the
    response to understand the model's confidence in the transcription.
    `logprobs` only works with response_format set to `json` and only with
    the models `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and
    `gpt-4o-mini-transcribe-2025-12-15`. This field is not supported when using
    `gpt-4o-transcribe-diarize`.
    """

    timestamp_granularities: list[Literal["word", "segment"] | str] | None = None
    """The timestamp granularities to populate for this transcription. `response_format`
    must be set `verbose_json` to use timestamp granularities. Either or both of
    these options are supported: `word`, or `segment`. Note: There is no additional
    latency for segment timestamps, but generating word timestamps incurs additional
    latency.
    This option is not available for `gpt-4o-transcribe-diarize`.
    """

    stream: bool | None = None

    chunking_strategy: Literal["auto"] | VadConfig | None = None

    known_speaker_names: list[str] | None = None
    """Optional list of speaker names that correspond to the audio samples provided in
    `known_speaker_references[]`. Each entry should be a short identifier (for
    example `customer` or `agent`). Up to 4 speakers are supported.
    """

    known_speaker_references: list[str] | None = None
    """Optional list of audio samples (as [data
    URLs](https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs))
    that contain known speaker references matching `known_speaker_names[]`. Each
    sample must be between 2 and 10 seconds, and can use any of the same input audio
    formats supported by `file`.
    """
