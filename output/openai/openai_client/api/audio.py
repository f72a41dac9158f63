"""Audio operations: Turn audio into text or text into audio."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, FileInput, NotGiven, TimeoutTypes
from ..models.audio_response_format import AudioResponseFormat
from ..models.create_speech_request import CreateSpeechRequest
from ..models.create_transcription_response_diarized_json import (
    CreateTranscriptionResponseDiarizedJson,
)
from ..models.create_transcription_response_json import CreateTranscriptionResponseJson
from ..models.create_transcription_response_verbose_json import (
    CreateTranscriptionResponseVerboseJson,
)
from ..models.create_translation_response_json import CreateTranslationResponseJson
from ..models.create_translation_response_verbose_json import (
    CreateTranslationResponseVerboseJson,
)
from ..models.error_response import ErrorResponse
from ..models.update_voice_consent_request import UpdateVoiceConsentRequest
from ..models.vad_config import VadConfig
from ..models.voice_consent_deleted_resource import VoiceConsentDeletedResource
from ..models.voice_consent_list_resource import VoiceConsentListResource
from ..models.voice_consent_resource import VoiceConsentResource
from ..models.voice_ids_or_custom_voice import VoiceIdsOrCustomVoice
from ..models.voice_resource import VoiceResource

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["AudioApi", "AsyncAudioApi"]

_CREATE_SPEECH = _Endpoint(
    method="POST",
    path="/audio/speech",
    operation_id="createSpeech",
    body_kind="json",
    content_type="application/json",
    response_kind="binary",
    responses={
        "200": None,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/octet-stream",
    params=(
        ("model", "model", "field"),
        ("input", "input", "field"),
        ("instructions", "instructions", "field"),
        ("voice", "voice", "field"),
        ("response_format", "response_format", "field"),
        ("speed", "speed", "field"),
        ("stream_format", "stream_format", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_CREATE_TRANSCRIPTION = _Endpoint(
    method="POST",
    path="/audio/transcriptions",
    operation_id="createTranscription",
    body_kind="multipart",
    content_type="multipart/form-data",
    response_kind="json",
    responses={
        "200": CreateTranscriptionResponseJson
        | CreateTranscriptionResponseDiarizedJson
        | CreateTranscriptionResponseVerboseJson,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("file", "file", "field"),
        ("model", "model", "field"),
        ("language", "language", "field"),
        ("languages", "languages", "field"),
        ("keywords", "keywords", "field"),
        ("prompt", "prompt", "field"),
        ("response_format", "response_format", "field"),
        ("temperature", "temperature", "field"),
        ("include", "include", "field"),
        ("timestamp_granularities", "timestamp_granularities", "field"),
        ("stream", "stream", "field"),
        ("chunking_strategy", "chunking_strategy", "field"),
        ("known_speaker_names", "known_speaker_names", "field"),
        ("known_speaker_references", "known_speaker_references", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_CREATE_TRANSLATION = _Endpoint(
    method="POST",
    path="/audio/translations",
    operation_id="createTranslation",
    body_kind="multipart",
    content_type="multipart/form-data",
    response_kind="json",
    responses={
        "200": CreateTranslationResponseJson | CreateTranslationResponseVerboseJson,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("file", "file", "field"),
        ("model", "model", "field"),
        ("prompt", "prompt", "field"),
        ("response_format", "response_format", "field"),
        ("temperature", "temperature", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_CREATE_VOICE_CONSENT = _Endpoint(
    method="POST",
    path="/audio/voice_consents",
    operation_id="createVoiceConsent",
    body_kind="multipart",
    content_type="multipart/form-data",
    response_kind="json",
    responses={
        "200": VoiceConsentResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("name", "name", "field"),
        ("recording", "recording", "field"),
        ("language", "language", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_LIST_VOICE_CONSENTS = _Endpoint(
    method="GET",
    path="/audio/voice_consents",
    operation_id="listVoiceConsents",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": VoiceConsentListResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("after", "after", "query"),
        ("limit", "limit", "query"),
    ),
    body_mode="none",
)
_LIST_VOICE_CONSENTS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_GET_VOICE_CONSENT = _Endpoint(
    method="GET",
    path="/audio/voice_consents/{consent_id}",
    operation_id="getVoiceConsent",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": VoiceConsentResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("consent_id", "consent_id", "path"),),
    body_mode="none",
)

_UPDATE_VOICE_CONSENT = _Endpoint(
    method="POST",
    path="/audio/voice_consents/{consent_id}",
    operation_id="updateVoiceConsent",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": VoiceConsentResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("consent_id", "consent_id", "path"),
        ("name", "name", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_VOICE_CONSENT = _Endpoint(
    method="DELETE",
    path="/audio/voice_consents/{consent_id}",
    operation_id="deleteVoiceConsent",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": VoiceConsentDeletedResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("consent_id", "consent_id", "path"),),
    body_mode="none",
)

_CREATE_VOICE = _Endpoint(
    method="POST",
    path="/audio/voices",
    operation_id="createVoice",
    body_kind="multipart",
    content_type="multipart/form-data",
    response_kind="json",
    responses={
        "200": VoiceResource,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("name", "name", "field"),
        ("audio_sample", "audio_sample", "field"),
        ("consent", "consent", "field"),
    ),
    body_mode="fields",
    body_required=True,
)


class AudioApi:
    """Audio operations: Turn audio into text or text into audio.

    Reach it as `client.audio`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    @overload
    def create_speech(
        self,
        *,
        body: CreateSpeechRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> bytes: ...

    @overload
    def create_speech(
        self,
        *,
        model: (
            str
            | Literal[
                "tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"
            ]
        ),
        input: str,
        voice: VoiceIdsOrCustomVoice,
        instructions: str | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | str | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["sse", "audio"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> bytes: ...

    def create_speech(
        self,
        *,
        model: (
            str
            | Literal[
                "tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        input: str | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoice | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | str | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["sse", "audio"] | str | NotGiven = NOT_GIVEN,
        body: CreateSpeechRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> bytes:
        """Generates audio from the input text.

        Returns the audio file content, or a stream of audio events.

        Args:
            model: One of the available [TTS models](https://api.openai.com/docs/models#tts): `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`, or `gpt-4o-mini-tts-2025-12-15`.
            input: The text to generate audio for. The maximum length is 4096 characters.
            instructions: Control the voice of your generated audio with additional instructions. Does not work with `tts-1` or `tts-1-hd`.
            voice: The voice to use when generating the audio. Supported built-in voices are `alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`. You may also provide a custom voice object with an `id`, for example `{ "id": "voice_1234" }`. Previews of the voices are available in the [Text to speech guide](https://api.openai.com/docs/guides/text-to-speech#voice-options).
            response_format: The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.
            speed: The speed of the generated audio. Select a value from `0.25` to `4.0`. `1.0` is the default.
            stream_format: The format to stream the audio in. Supported formats are `sse` and `audio`. `sse` is not supported for `tts-1` or `tts-1-hd`.
        """
        _response: ApiResponse[bytes] = self._client._request(_CREATE_SPEECH, locals())
        return _response.data

    @overload
    def create_speech_with_http_info(
        self,
        *,
        body: CreateSpeechRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[bytes]: ...

    @overload
    def create_speech_with_http_info(
        self,
        *,
        model: (
            str
            | Literal[
                "tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"
            ]
        ),
        input: str,
        voice: VoiceIdsOrCustomVoice,
        instructions: str | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | str | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["sse", "audio"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[bytes]: ...

    def create_speech_with_http_info(
        self,
        *,
        model: (
            str
            | Literal[
                "tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        input: str | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoice | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | str | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["sse", "audio"] | str | NotGiven = NOT_GIVEN,
        body: CreateSpeechRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[bytes]:
        """Like `create_speech`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CREATE_SPEECH, locals())

    @overload
    def create_speech_to_file(
        self,
        *,
        body: CreateSpeechRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
        destination: str | os.PathLike[str],
    ) -> Path: ...

    @overload
    def create_speech_to_file(
        self,
        *,
        model: (
            str
            | Literal[
                "tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"
            ]
        ),
        input: str,
        voice: VoiceIdsOrCustomVoice,
        instructions: str | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | str | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["sse", "audio"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
        destination: str | os.PathLike[str],
    ) -> Path: ...

    def create_speech_to_file(
        self,
        *,
        model: (
            str
            | Literal[
                "tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        input: str | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoice | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | str | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["sse", "audio"] | str | NotGiven = NOT_GIVEN,
        body: CreateSpeechRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
        destination: str | os.PathLike[str],
    ) -> Path:
        """Like `create_speech`, but streams the body to the file `destination` without
        holding it in memory.

        The body goes to `<destination>.part` first, renamed when complete. Returns
        the file's path.
        """
        return self._client._download(_CREATE_SPEECH, locals(), destination)

    def create_transcription(
        self,
        *,
        file: FileInput,
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
        ),
        language: str | NotGiven = NOT_GIVEN,
        languages: list[str] | NotGiven = NOT_GIVEN,
        keywords: list[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: list[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: (
            list[Literal["word", "segment"] | str] | NotGiven
        ) = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfig | None | NotGiven = NOT_GIVEN,
        known_speaker_names: list[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> (
        CreateTranscriptionResponseJson
        | CreateTranscriptionResponseDiarizedJson
        | CreateTranscriptionResponseVerboseJson
    ):
        """Transcribes audio into the input language.

        Returns a transcription object in `json`, `diarized_json`, or `verbose_json`
        format, or a stream of transcript events.

        Args:
            file: The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be identified. We recommend an extension-bearing filename and an appropriate content type.
            model: ID of the model to use. The options are `gpt-transcribe`, `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1` (which is powered by our open source Whisper V2 model), and `gpt-4o-transcribe-diarize`.
            language: The language of the input audio. Supplying the input language in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format will improve accuracy and latency.
            languages: Possible languages of the input audio, in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format. Supported by `gpt-transcribe`.
            keywords: Words or phrases to guide transcription of the input audio. Supported by `gpt-transcribe`.
            prompt: An optional text to guide the model's style or continue a previous audio segment. The [prompt](https://api.openai.com/docs/guides/speech-to-text#prompting) should match the audio language. This field is not supported when using `gpt-4o-transcribe-diarize`.
            response_format: The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, `vtt`, or `diarized_json`. For `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`, the only supported format is `json`. For `gpt-4o-transcribe-diarize`, the supported formats are `json`, `text`, and `diarized_json`, with `diarized_json` required to receive speaker annotations.
            temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.
            include: Additional information to include in the transcription response. `logprobs` will return the log probabilities of the tokens in the response to understand the model's confidence in the transcription. `logprobs` only works with response_format set to `json` and only with the models `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and `gpt-4o-mini-transcribe-2025-12-15`. This field is not supported when using `gpt-4o-transcribe-diarize`.
            timestamp_granularities: The timestamp granularities to populate for this transcription. `response_format` must be set `verbose_json` to use timestamp granularities. Either or both of these options are supported: `word`, or `segment`. Note: There is no additional latency for segment timestamps, but generating word timestamps incurs additional latency. This option is not available for `gpt-4o-transcribe-diarize`.
            known_speaker_names: Optional list of speaker names that correspond to the audio samples provided in `known_speaker_references[]`. Each entry should be a short identifier (for example `customer` or `agent`). Up to 4 speakers are supported.
            known_speaker_references: Optional list of audio samples (as [data URLs](https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs)) that contain known speaker references matching `known_speaker_names[]`. Each sample must be between 2 and 10 seconds, and can use any of the same input audio formats supported by `file`.
        """
        _response: ApiResponse[
            CreateTranscriptionResponseJson
            | CreateTranscriptionResponseDiarizedJson
            | CreateTranscriptionResponseVerboseJson
        ] = self._client._request(_CREATE_TRANSCRIPTION, locals())
        return _response.data

    def create_transcription_with_http_info(
        self,
        *,
        file: FileInput,
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
        ),
        language: str | NotGiven = NOT_GIVEN,
        languages: list[str] | NotGiven = NOT_GIVEN,
        keywords: list[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: list[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: (
            list[Literal["word", "segment"] | str] | NotGiven
        ) = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfig | None | NotGiven = NOT_GIVEN,
        known_speaker_names: list[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[
        CreateTranscriptionResponseJson
        | CreateTranscriptionResponseDiarizedJson
        | CreateTranscriptionResponseVerboseJson
    ]:
        """Like `create_transcription`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_TRANSCRIPTION, locals())

    def create_translation(
        self,
        *,
        file: FileInput,
        model: str | Literal["whisper-1"],
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["json", "text", "srt", "verbose_json", "vtt"] | str | NotGiven
        ) = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateTranslationResponseJson | CreateTranslationResponseVerboseJson:
        """Translates audio into English.

        Args:
            file: The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be identified. We recommend an extension-bearing filename and an appropriate content type.
            model: ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is currently available.
            prompt: An optional text to guide the model's style or continue a previous audio segment. The [prompt](https://api.openai.com/docs/guides/speech-to-text#prompting) should be in English.
            response_format: The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.
            temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.
        """
        _response: ApiResponse[
            CreateTranslationResponseJson | CreateTranslationResponseVerboseJson
        ] = self._client._request(_CREATE_TRANSLATION, locals())
        return _response.data

    def create_translation_with_http_info(
        self,
        *,
        file: FileInput,
        model: str | Literal["whisper-1"],
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["json", "text", "srt", "verbose_json", "vtt"] | str | NotGiven
        ) = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[
        CreateTranslationResponseJson | CreateTranslationResponseVerboseJson
    ]:
        """Like `create_translation`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_TRANSLATION, locals())

    def create_voice_consent(
        self,
        *,
        name: str,
        recording: FileInput,
        language: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VoiceConsentResource:
        """Upload a voice consent recording.

        Upload a consent recording that authorizes creation of a custom voice.

        See the [custom voices
        guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices) for
        requirements and best practices. Custom voices are limited to eligible
        customers.

        Args:
            name: The label to use for this consent recording.
            recording: The consent audio recording file. Maximum size is 10 MiB. Supported MIME types: `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
            language: The BCP 47 language tag for the consent phrase (for example, `en-US`).
        """
        _response: ApiResponse[VoiceConsentResource] = self._client._request(
            _CREATE_VOICE_CONSENT, locals()
        )
        return _response.data

    def create_voice_consent_with_http_info(
        self,
        *,
        name: str,
        recording: FileInput,
        language: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VoiceConsentResource]:
        """Like `create_voice_consent`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_VOICE_CONSENT, locals())

    def list_voice_consents(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VoiceConsentListResource:
        """Returns a list of voice consent recordings.

        List consent recordings available to your organization for creating custom
        voices.

        See the [custom voices
        guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices).
        Custom voices are limited to eligible customers.

        Args:
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
        """
        _response: ApiResponse[VoiceConsentListResource] = self._client._request(
            _LIST_VOICE_CONSENTS, locals()
        )
        return _response.data

    def list_voice_consents_with_http_info(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VoiceConsentListResource]:
        """Like `list_voice_consents`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_LIST_VOICE_CONSENTS, locals())

    def list_voice_consents_iter(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[VoiceConsentResource]:
        """Like `list_voice_consents`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client, _LIST_VOICE_CONSENTS, locals(), _LIST_VOICE_CONSENTS_PAGES
        )

    def get_voice_consent(
        self,
        consent_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VoiceConsentResource:
        """Retrieves a voice consent recording.

        Retrieve consent recording metadata used for creating custom voices.

        See the [custom voices
        guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices).
        Custom voices are limited to eligible customers.

        Args:
            consent_id: The ID of the consent recording to retrieve.
        """
        _response: ApiResponse[VoiceConsentResource] = self._client._request(
            _GET_VOICE_CONSENT, locals()
        )
        return _response.data

    def get_voice_consent_with_http_info(
        self,
        consent_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VoiceConsentResource]:
        """Like `get_voice_consent`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_GET_VOICE_CONSENT, locals())

    @overload
    def update_voice_consent(
        self,
        consent_id: str,
        *,
        body: UpdateVoiceConsentRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VoiceConsentResource: ...

    @overload
    def update_voice_consent(
        self,
        consent_id: str,
        *,
        name: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VoiceConsentResource: ...

    def update_voice_consent(
        self,
        consent_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        body: UpdateVoiceConsentRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VoiceConsentResource:
        """Updates a voice consent recording (metadata only).

        Update consent recording metadata used for creating custom voices. This
        endpoint updates metadata only and does not replace the underlying audio.

        See the [custom voices
        guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices).
        Custom voices are limited to eligible customers.

        Args:
            consent_id: The ID of the consent recording to update.
            name: The updated label for this consent recording.
        """
        _response: ApiResponse[VoiceConsentResource] = self._client._request(
            _UPDATE_VOICE_CONSENT, locals()
        )
        return _response.data

    @overload
    def update_voice_consent_with_http_info(
        self,
        consent_id: str,
        *,
        body: UpdateVoiceConsentRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VoiceConsentResource]: ...

    @overload
    def update_voice_consent_with_http_info(
        self,
        consent_id: str,
        *,
        name: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VoiceConsentResource]: ...

    def update_voice_consent_with_http_info(
        self,
        consent_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        body: UpdateVoiceConsentRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VoiceConsentResource]:
        """Like `update_voice_consent`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_UPDATE_VOICE_CONSENT, locals())

    def delete_voice_consent(
        self,
        consent_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VoiceConsentDeletedResource:
        """Deletes a voice consent recording.

        Delete a consent recording that was uploaded for creating custom voices.

        See the [custom voices
        guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices).
        Custom voices are limited to eligible customers.

        Args:
            consent_id: The ID of the consent recording to delete.
        """
        _response: ApiResponse[VoiceConsentDeletedResource] = self._client._request(
            _DELETE_VOICE_CONSENT, locals()
        )
        return _response.data

    def delete_voice_consent_with_http_info(
        self,
        consent_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VoiceConsentDeletedResource]:
        """Like `delete_voice_consent`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_DELETE_VOICE_CONSENT, locals())

    def create_voice(
        self,
        *,
        name: str,
        audio_sample: FileInput,
        consent: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VoiceResource:
        """Creates a custom voice.

        Create a custom voice you can use for audio output (for example, in
        Text-to-Speech and the Realtime API). This requires an audio sample and a
        previously uploaded consent recording.

        See the [custom voices
        guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices) for
        requirements and best practices. Custom voices are limited to eligible
        customers.

        Args:
            name: The name of the new voice.
            audio_sample: The sample audio recording file. Maximum size is 10 MiB. Supported MIME types: `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
            consent: The consent recording ID (for example, `cons_1234`).
        """
        _response: ApiResponse[VoiceResource] = self._client._request(
            _CREATE_VOICE, locals()
        )
        return _response.data

    def create_voice_with_http_info(
        self,
        *,
        name: str,
        audio_sample: FileInput,
        consent: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VoiceResource]:
        """Like `create_voice`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CREATE_VOICE, locals())


class AsyncAudioApi:
    """Audio operations (async): Turn audio into text or text into audio.

    Reach it as `client.audio`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    @overload
    async def create_speech(
        self,
        *,
        body: CreateSpeechRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> bytes: ...

    @overload
    async def create_speech(
        self,
        *,
        model: (
            str
            | Literal[
                "tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"
            ]
        ),
        input: str,
        voice: VoiceIdsOrCustomVoice,
        instructions: str | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | str | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["sse", "audio"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> bytes: ...

    async def create_speech(
        self,
        *,
        model: (
            str
            | Literal[
                "tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        input: str | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoice | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | str | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["sse", "audio"] | str | NotGiven = NOT_GIVEN,
        body: CreateSpeechRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> bytes:
        """Generates audio from the input text.

        Returns the audio file content, or a stream of audio events.

        Args:
            model: One of the available [TTS models](https://api.openai.com/docs/models#tts): `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`, or `gpt-4o-mini-tts-2025-12-15`.
            input: The text to generate audio for. The maximum length is 4096 characters.
            instructions: Control the voice of your generated audio with additional instructions. Does not work with `tts-1` or `tts-1-hd`.
            voice: The voice to use when generating the audio. Supported built-in voices are `alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`. You may also provide a custom voice object with an `id`, for example `{ "id": "voice_1234" }`. Previews of the voices are available in the [Text to speech guide](https://api.openai.com/docs/guides/text-to-speech#voice-options).
            response_format: The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.
            speed: The speed of the generated audio. Select a value from `0.25` to `4.0`. `1.0` is the default.
            stream_format: The format to stream the audio in. Supported formats are `sse` and `audio`. `sse` is not supported for `tts-1` or `tts-1-hd`.
        """
        _response: ApiResponse[bytes] = await self._client._request(
            _CREATE_SPEECH, locals()
        )
        return _response.data

    @overload
    async def create_speech_with_http_info(
        self,
        *,
        body: CreateSpeechRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[bytes]: ...

    @overload
    async def create_speech_with_http_info(
        self,
        *,
        model: (
            str
            | Literal[
                "tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"
            ]
        ),
        input: str,
        voice: VoiceIdsOrCustomVoice,
        instructions: str | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | str | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["sse", "audio"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[bytes]: ...

    async def create_speech_with_http_info(
        self,
        *,
        model: (
            str
            | Literal[
                "tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        input: str | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoice | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | str | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["sse", "audio"] | str | NotGiven = NOT_GIVEN,
        body: CreateSpeechRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[bytes]:
        """Like `create_speech`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CREATE_SPEECH, locals())

    @overload
    async def create_speech_to_file(
        self,
        *,
        body: CreateSpeechRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
        destination: str | os.PathLike[str],
    ) -> Path: ...

    @overload
    async def create_speech_to_file(
        self,
        *,
        model: (
            str
            | Literal[
                "tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"
            ]
        ),
        input: str,
        voice: VoiceIdsOrCustomVoice,
        instructions: str | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | str | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["sse", "audio"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
        destination: str | os.PathLike[str],
    ) -> Path: ...

    async def create_speech_to_file(
        self,
        *,
        model: (
            str
            | Literal[
                "tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        input: str | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoice | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | str | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["sse", "audio"] | str | NotGiven = NOT_GIVEN,
        body: CreateSpeechRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
        destination: str | os.PathLike[str],
    ) -> Path:
        """Like `create_speech`, but streams the body to the file `destination` without
        holding it in memory.

        The body goes to `<destination>.part` first, renamed when complete. Returns
        the file's path.
        """
        return await self._client._download(_CREATE_SPEECH, locals(), destination)

    async def create_transcription(
        self,
        *,
        file: FileInput,
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
        ),
        language: str | NotGiven = NOT_GIVEN,
        languages: list[str] | NotGiven = NOT_GIVEN,
        keywords: list[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: list[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: (
            list[Literal["word", "segment"] | str] | NotGiven
        ) = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfig | None | NotGiven = NOT_GIVEN,
        known_speaker_names: list[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> (
        CreateTranscriptionResponseJson
        | CreateTranscriptionResponseDiarizedJson
        | CreateTranscriptionResponseVerboseJson
    ):
        """Transcribes audio into the input language.

        Returns a transcription object in `json`, `diarized_json`, or `verbose_json`
        format, or a stream of transcript events.

        Args:
            file: The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be identified. We recommend an extension-bearing filename and an appropriate content type.
            model: ID of the model to use. The options are `gpt-transcribe`, `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1` (which is powered by our open source Whisper V2 model), and `gpt-4o-transcribe-diarize`.
            language: The language of the input audio. Supplying the input language in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format will improve accuracy and latency.
            languages: Possible languages of the input audio, in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format. Supported by `gpt-transcribe`.
            keywords: Words or phrases to guide transcription of the input audio. Supported by `gpt-transcribe`.
            prompt: An optional text to guide the model's style or continue a previous audio segment. The [prompt](https://api.openai.com/docs/guides/speech-to-text#prompting) should match the audio language. This field is not supported when using `gpt-4o-transcribe-diarize`.
            response_format: The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, `vtt`, or `diarized_json`. For `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`, the only supported format is `json`. For `gpt-4o-transcribe-diarize`, the supported formats are `json`, `text`, and `diarized_json`, with `diarized_json` required to receive speaker annotations.
            temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.
            include: Additional information to include in the transcription response. `logprobs` will return the log probabilities of the tokens in the response to understand the model's confidence in the transcription. `logprobs` only works with response_format set to `json` and only with the models `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and `gpt-4o-mini-transcribe-2025-12-15`. This field is not supported when using `gpt-4o-transcribe-diarize`.
            timestamp_granularities: The timestamp granularities to populate for this transcription. `response_format` must be set `verbose_json` to use timestamp granularities. Either or both of these options are supported: `word`, or `segment`. Note: There is no additional latency for segment timestamps, but generating word timestamps incurs additional latency. This option is not available for `gpt-4o-transcribe-diarize`.
            known_speaker_names: Optional list of speaker names that correspond to the audio samples provided in `known_speaker_references[]`. Each entry should be a short identifier (for example `customer` or `agent`). Up to 4 speakers are supported.
            known_speaker_references: Optional list of audio samples (as [data URLs](https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs)) that contain known speaker references matching `known_speaker_names[]`. Each sample must be between 2 and 10 seconds, and can use any of the same input audio formats supported by `file`.
        """
        _response: ApiResponse[
            CreateTranscriptionResponseJson
            | CreateTranscriptionResponseDiarizedJson
            | CreateTranscriptionResponseVerboseJson
        ] = await self._client._request(_CREATE_TRANSCRIPTION, locals())
        return _response.data

    async def create_transcription_with_http_info(
        self,
        *,
        file: FileInput,
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
        ),
        language: str | NotGiven = NOT_GIVEN,
        languages: list[str] | NotGiven = NOT_GIVEN,
        keywords: list[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: list[Literal["logprobs"]] | NotGiven = NOT_GIVEN,
        timestamp_granularities: (
            list[Literal["word", "segment"] | str] | NotGiven
        ) = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | VadConfig | None | NotGiven = NOT_GIVEN,
        known_speaker_names: list[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[
        CreateTranscriptionResponseJson
        | CreateTranscriptionResponseDiarizedJson
        | CreateTranscriptionResponseVerboseJson
    ]:
        """Like `create_transcription`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_TRANSCRIPTION, locals())

    async def create_translation(
        self,
        *,
        file: FileInput,
        model: str | Literal["whisper-1"],
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["json", "text", "srt", "verbose_json", "vtt"] | str | NotGiven
        ) = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateTranslationResponseJson | CreateTranslationResponseVerboseJson:
        """Translates audio into English.

        Args:
            file: The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm. The request must include enough format metadata for the file to be identified. We recommend an extension-bearing filename and an appropriate content type.
            model: ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is currently available.
            prompt: An optional text to guide the model's style or continue a previous audio segment. The [prompt](https://api.openai.com/docs/guides/speech-to-text#prompting) should be in English.
            response_format: The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.
            temperature: The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until certain thresholds are hit.
        """
        _response: ApiResponse[
            CreateTranslationResponseJson | CreateTranslationResponseVerboseJson
        ] = await self._client._request(_CREATE_TRANSLATION, locals())
        return _response.data

    async def create_translation_with_http_info(
        self,
        *,
        file: FileInput,
        model: str | Literal["whisper-1"],
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["json", "text", "srt", "verbose_json", "vtt"] | str | NotGiven
        ) = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[
        CreateTranslationResponseJson | CreateTranslationResponseVerboseJson
    ]:
        """Like `create_translation`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_TRANSLATION, locals())

    async def create_voice_consent(
        self,
        *,
        name: str,
        recording: FileInput,
        language: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VoiceConsentResource:
        """Upload a voice consent recording.

        Upload a consent recording that authorizes creation of a custom voice.

        See the [custom voices
        guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices) for
        requirements and best practices. Custom voices are limited to eligible
        customers.

        Args:
            name: The label to use for this consent recording.
            recording: The consent audio recording file. Maximum size is 10 MiB. Supported MIME types: `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
            language: The BCP 47 language tag for the consent phrase (for example, `en-US`).
        """
        _response: ApiResponse[VoiceConsentResource] = await self._client._request(
            _CREATE_VOICE_CONSENT, locals()
        )
        return _response.data

    async def create_voice_consent_with_http_info(
        self,
        *,
        name: str,
        recording: FileInput,
        language: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VoiceConsentResource]:
        """Like `create_voice_consent`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_VOICE_CONSENT, locals())

    async def list_voice_consents(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VoiceConsentListResource:
        """Returns a list of voice consent recordings.

        List consent recordings available to your organization for creating custom
        voices.

        See the [custom voices
        guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices).
        Custom voices are limited to eligible customers.

        Args:
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
        """
        _response: ApiResponse[VoiceConsentListResource] = await self._client._request(
            _LIST_VOICE_CONSENTS, locals()
        )
        return _response.data

    async def list_voice_consents_with_http_info(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VoiceConsentListResource]:
        """Like `list_voice_consents`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_LIST_VOICE_CONSENTS, locals())

    def list_voice_consents_iter(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[VoiceConsentResource]:
        """Like `list_voice_consents`, but `async for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_VOICE_CONSENTS, locals(), _LIST_VOICE_CONSENTS_PAGES
        )

    async def get_voice_consent(
        self,
        consent_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VoiceConsentResource:
        """Retrieves a voice consent recording.

        Retrieve consent recording metadata used for creating custom voices.

        See the [custom voices
        guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices).
        Custom voices are limited to eligible customers.

        Args:
            consent_id: The ID of the consent recording to retrieve.
        """
        _response: ApiResponse[VoiceConsentResource] = await self._client._request(
            _GET_VOICE_CONSENT, locals()
        )
        return _response.data

    async def get_voice_consent_with_http_info(
        self,
        consent_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VoiceConsentResource]:
        """Like `get_voice_consent`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_GET_VOICE_CONSENT, locals())

    @overload
    async def update_voice_consent(
        self,
        consent_id: str,
        *,
        body: UpdateVoiceConsentRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VoiceConsentResource: ...

    @overload
    async def update_voice_consent(
        self,
        consent_id: str,
        *,
        name: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VoiceConsentResource: ...

    async def update_voice_consent(
        self,
        consent_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        body: UpdateVoiceConsentRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VoiceConsentResource:
        """Updates a voice consent recording (metadata only).

        Update consent recording metadata used for creating custom voices. This
        endpoint updates metadata only and does not replace the underlying audio.

        See the [custom voices
        guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices).
        Custom voices are limited to eligible customers.

        Args:
            consent_id: The ID of the consent recording to update.
            name: The updated label for this consent recording.
        """
        _response: ApiResponse[VoiceConsentResource] = await self._client._request(
            _UPDATE_VOICE_CONSENT, locals()
        )
        return _response.data

    @overload
    async def update_voice_consent_with_http_info(
        self,
        consent_id: str,
        *,
        body: UpdateVoiceConsentRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VoiceConsentResource]: ...

    @overload
    async def update_voice_consent_with_http_info(
        self,
        consent_id: str,
        *,
        name: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VoiceConsentResource]: ...

    async def update_voice_consent_with_http_info(
        self,
        consent_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        body: UpdateVoiceConsentRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VoiceConsentResource]:
        """Like `update_voice_consent`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_UPDATE_VOICE_CONSENT, locals())

    async def delete_voice_consent(
        self,
        consent_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VoiceConsentDeletedResource:
        """Deletes a voice consent recording.

        Delete a consent recording that was uploaded for creating custom voices.

        See the [custom voices
        guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices).
        Custom voices are limited to eligible customers.

        Args:
            consent_id: The ID of the consent recording to delete.
        """
        _response: ApiResponse[VoiceConsentDeletedResource] = (
            await self._client._request(_DELETE_VOICE_CONSENT, locals())
        )
        return _response.data

    async def delete_voice_consent_with_http_info(
        self,
        consent_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VoiceConsentDeletedResource]:
        """Like `delete_voice_consent`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_DELETE_VOICE_CONSENT, locals())

    async def create_voice(
        self,
        *,
        name: str,
        audio_sample: FileInput,
        consent: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> VoiceResource:
        """Creates a custom voice.

        Create a custom voice you can use for audio output (for example, in
        Text-to-Speech and the Realtime API). This requires an audio sample and a
        previously uploaded consent recording.

        See the [custom voices
        guide](https://api.openai.com/docs/guides/text-to-speech#custom-voices) for
        requirements and best practices. Custom voices are limited to eligible
        customers.

        Args:
            name: The name of the new voice.
            audio_sample: The sample audio recording file. Maximum size is 10 MiB. Supported MIME types: `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
            consent: The consent recording ID (for example, `cons_1234`).
        """
        _response: ApiResponse[VoiceResource] = await self._client._request(
            _CREATE_VOICE, locals()
        )
        return _response.data

    async def create_voice_with_http_info(
        self,
        *,
        name: str,
        audio_sample: FileInput,
        consent: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[VoiceResource]:
        """Like `create_voice`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CREATE_VOICE, locals())
