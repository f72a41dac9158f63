"""Realtime operations."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, overload

import pydantic

from .._base_model import discriminate
from .._runtime import Endpoint as _Endpoint
from .._serialize import Style as _Style
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.audio_transcription import AudioTranscription
from ..models.mcp_tool import MCPTool
from ..models.prompt import Prompt
from ..models.realtime_call_refer_request import RealtimeCallReferRequest
from ..models.realtime_call_reject_request import RealtimeCallRejectRequest
from ..models.realtime_create_client_secret_request import (
    RealtimeCreateClientSecretRequest,
)
from ..models.realtime_create_client_secret_request_expires_after import (
    RealtimeCreateClientSecretRequestExpiresAfter,
)
from ..models.realtime_create_client_secret_response import (
    RealtimeCreateClientSecretResponse,
)
from ..models.realtime_function_tool import RealtimeFunctionTool
from ..models.realtime_reasoning import RealtimeReasoning
from ..models.realtime_session_create_request import RealtimeSessionCreateRequest
from ..models.realtime_session_create_request_client_secret import (
    RealtimeSessionCreateRequestClientSecret,
)
from ..models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
from ..models.realtime_session_create_request_ga_audio import (
    RealtimeSessionCreateRequestGAAudio,
)
from ..models.realtime_session_create_request_ga_tracing_tracing_configuration import (
    RealtimeSessionCreateRequestGATracingTracingConfiguration,
)
from ..models.realtime_session_create_request_input_audio_transcription import (
    RealtimeSessionCreateRequestInputAudioTranscription,
)
from ..models.realtime_session_create_request_tools_item import (
    RealtimeSessionCreateRequestToolsItem,
)
from ..models.realtime_session_create_request_tracing_tracing_configuration import (
    RealtimeSessionCreateRequestTracingTracingConfiguration,
)
from ..models.realtime_session_create_request_turn_detection import (
    RealtimeSessionCreateRequestTurnDetection,
)
from ..models.realtime_session_create_response import RealtimeSessionCreateResponse
from ..models.realtime_transcription_session_create_request import (
    RealtimeTranscriptionSessionCreateRequest,
)
from ..models.realtime_transcription_session_create_request_ga import (
    RealtimeTranscriptionSessionCreateRequestGA,
)
from ..models.realtime_transcription_session_create_request_input_audio_noise_reduction import (
    RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
)
from ..models.realtime_transcription_session_create_request_turn_detection import (
    RealtimeTranscriptionSessionCreateRequestTurnDetection,
)
from ..models.realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)
from ..models.realtime_translation_client_secret_create_request import (
    RealtimeTranslationClientSecretCreateRequest,
)
from ..models.realtime_translation_client_secret_create_request_expires_after import (
    RealtimeTranslationClientSecretCreateRequestExpiresAfter,
)
from ..models.realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse,
)
from ..models.realtime_translation_session_create_request import (
    RealtimeTranslationSessionCreateRequest,
)
from ..models.realtime_truncation import RealtimeTruncation
from ..models.tool_choice_function import ToolChoiceFunction
from ..models.tool_choice_mcp import ToolChoiceMCP
from ..models.tool_choice_options import ToolChoiceOptions
from ..models.voice_ids_or_custom_voice import VoiceIdsOrCustomVoice

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["RealtimeApi", "AsyncRealtimeApi"]

_CREATE_REALTIME_CALL = _Endpoint(
    method="POST",
    path="/realtime/calls",
    operation_id="create-realtime-call",
    body_kind="multipart",
    content_type="multipart/form-data",
    response_kind="binary",
    responses={
        "201": None,
    },
    security=(("ApiKeyAuth",),),
    accept="application/sdp",
    params=(
        ("sdp", "sdp", "field"),
        ("session", "session", "field"),
    ),
    encoding={
        "sdp": _Style(content_type="application/sdp"),
        "session": _Style(content_type="application/json"),
    },
    body_mode="fields",
    body_required=True,
)

_ACCEPT_REALTIME_CALL = _Endpoint(
    method="POST",
    path="/realtime/calls/{call_id}/accept",
    operation_id="accept-realtime-call",
    body_kind="json",
    content_type="application/json",
    response_kind="empty",
    responses={
        "200": None,
    },
    security=(("ApiKeyAuth",),),
    accept=None,
    params=(
        ("call_id", "call_id", "path"),
        ("type", "type", "field"),
        ("output_modalities", "output_modalities", "field"),
        ("model", "model", "field"),
        ("instructions", "instructions", "field"),
        ("audio", "audio", "field"),
        ("include", "include", "field"),
        ("tracing", "tracing", "field"),
        ("tools", "tools", "field"),
        ("tool_choice", "tool_choice", "field"),
        ("parallel_tool_calls", "parallel_tool_calls", "field"),
        ("reasoning", "reasoning", "field"),
        ("max_output_tokens", "max_output_tokens", "field"),
        ("truncation", "truncation", "field"),
        ("prompt", "prompt", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_HANGUP_REALTIME_CALL = _Endpoint(
    method="POST",
    path="/realtime/calls/{call_id}/hangup",
    operation_id="hangup-realtime-call",
    body_kind="none",
    content_type=None,
    response_kind="empty",
    responses={
        "200": None,
    },
    security=(("ApiKeyAuth",),),
    accept=None,
    params=(("call_id", "call_id", "path"),),
    body_mode="none",
)

_REFER_REALTIME_CALL = _Endpoint(
    method="POST",
    path="/realtime/calls/{call_id}/refer",
    operation_id="refer-realtime-call",
    body_kind="json",
    content_type="application/json",
    response_kind="empty",
    responses={
        "200": None,
    },
    security=(("ApiKeyAuth",),),
    accept=None,
    params=(
        ("call_id", "call_id", "path"),
        ("target_uri", "target_uri", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_REJECT_REALTIME_CALL = _Endpoint(
    method="POST",
    path="/realtime/calls/{call_id}/reject",
    operation_id="reject-realtime-call",
    body_kind="json",
    content_type="application/json",
    response_kind="empty",
    responses={
        "200": None,
    },
    security=(("ApiKeyAuth",),),
    accept=None,
    params=(
        ("call_id", "call_id", "path"),
        ("status_code", "status_code", "field"),
    ),
    body_mode="fields",
)

_CREATE_REALTIME_CLIENT_SECRET = _Endpoint(
    method="POST",
    path="/realtime/client_secrets",
    operation_id="create-realtime-client-secret",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": RealtimeCreateClientSecretResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("expires_after", "expires_after", "field"),
        ("session", "session", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_CREATE_REALTIME_SESSION = _Endpoint(
    method="POST",
    path="/realtime/sessions",
    operation_id="create-realtime-session",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": RealtimeSessionCreateResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("client_secret", "client_secret", "field"),
        ("modalities", "modalities", "field"),
        ("instructions", "instructions", "field"),
        ("voice", "voice", "field"),
        ("input_audio_format", "input_audio_format", "field"),
        ("output_audio_format", "output_audio_format", "field"),
        ("input_audio_transcription", "input_audio_transcription", "field"),
        ("speed", "speed", "field"),
        ("tracing", "tracing", "field"),
        ("turn_detection", "turn_detection", "field"),
        ("tools", "tools", "field"),
        ("tool_choice", "tool_choice", "field"),
        ("temperature", "temperature", "field"),
        ("max_response_output_tokens", "max_response_output_tokens", "field"),
        ("truncation", "truncation", "field"),
        ("prompt", "prompt", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_CREATE_REALTIME_TRANSCRIPTION_SESSION = _Endpoint(
    method="POST",
    path="/realtime/transcription_sessions",
    operation_id="create-realtime-transcription-session",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": RealtimeTranscriptionSessionCreateResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("turn_detection", "turn_detection", "field"),
        ("input_audio_noise_reduction", "input_audio_noise_reduction", "field"),
        ("input_audio_format", "input_audio_format", "field"),
        ("input_audio_transcription", "input_audio_transcription", "field"),
        ("include", "include", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_CREATE_REALTIME_TRANSLATION_CLIENT_SECRET = _Endpoint(
    method="POST",
    path="/realtime/translations/client_secrets",
    operation_id="create-realtime-translation-client-secret",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": RealtimeTranslationClientSecretCreateResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("expires_after", "expires_after", "field"),
        ("session", "session", "field"),
    ),
    body_mode="fields",
    body_required=True,
)


class RealtimeApi:
    """Realtime operations.

    Reach it as `client.realtime`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def create_realtime_call(
        self,
        *,
        sdp: str,
        session: RealtimeSessionCreateRequestGA | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> bytes:
        """Create a new Realtime API call over WebRTC and receive the SDP answer needed
        to complete the peer connection.

        Args:
            sdp: WebRTC Session Description Protocol (SDP) offer generated by the caller.
            session: Optional session configuration to apply before the realtime session is created. Use the same parameters you would send in a [`create client secret`](https://api.openai.com/docs/api-reference/realtime-sessions/create-realtime-client-secret) request.
        """
        _response: ApiResponse[bytes] = self._client._request(
            _CREATE_REALTIME_CALL, locals()
        )
        return _response.data

    def create_realtime_call_with_http_info(
        self,
        *,
        sdp: str,
        session: RealtimeSessionCreateRequestGA | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[bytes]:
        """Like `create_realtime_call`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_REALTIME_CALL, locals())

    def create_realtime_call_to_file(
        self,
        *,
        sdp: str,
        session: RealtimeSessionCreateRequestGA | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
        destination: str | os.PathLike[str],
    ) -> Path:
        """Like `create_realtime_call`, but streams the body to the file `destination`
        without holding it in memory.

        The body goes to `<destination>.part` first, renamed when complete. Returns
        the file's path.
        """
        return self._client._download(_CREATE_REALTIME_CALL, locals(), destination)

    @overload
    def accept_realtime_call(
        self,
        call_id: str,
        *,
        body: RealtimeSessionCreateRequestGA | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None: ...

    @overload
    def accept_realtime_call(
        self,
        call_id: str,
        *,
        type: Literal["realtime"],
        output_modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
                "gpt-realtime-2",
                "gpt-realtime-2.1",
                "gpt-realtime-2.1-mini",
                "gpt-realtime-2025-08-28",
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
                "gpt-realtime-mini",
                "gpt-realtime-mini-2025-10-06",
                "gpt-realtime-mini-2025-12-15",
                "gpt-audio-1.5",
                "gpt-audio-mini",
                "gpt-audio-mini-2025-10-06",
                "gpt-audio-mini-2025-12-15",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        audio: RealtimeSessionCreateRequestGAAudio | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["item.input_audio_transcription.logprobs"]] | NotGiven
        ) = NOT_GIVEN,
        tracing: (
            Literal["auto"]
            | RealtimeSessionCreateRequestGATracingTracingConfiguration
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[
                        RealtimeFunctionTool, pydantic.Tag("RealtimeFunctionTool")
                    ]
                    | Annotated[MCPTool, pydantic.Tag("MCPTool")]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {"function": "RealtimeFunctionTool", "mcp": "MCPTool"},
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: (
            ToolChoiceOptions | ToolChoiceFunction | ToolChoiceMCP | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        reasoning: RealtimeReasoning | NotGiven = NOT_GIVEN,
        max_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncation | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None: ...

    def accept_realtime_call(
        self,
        call_id: str,
        *,
        type: Literal["realtime"] | NotGiven = NOT_GIVEN,
        output_modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
                "gpt-realtime-2",
                "gpt-realtime-2.1",
                "gpt-realtime-2.1-mini",
                "gpt-realtime-2025-08-28",
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
                "gpt-realtime-mini",
                "gpt-realtime-mini-2025-10-06",
                "gpt-realtime-mini-2025-12-15",
                "gpt-audio-1.5",
                "gpt-audio-mini",
                "gpt-audio-mini-2025-10-06",
                "gpt-audio-mini-2025-12-15",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        audio: RealtimeSessionCreateRequestGAAudio | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["item.input_audio_transcription.logprobs"]] | NotGiven
        ) = NOT_GIVEN,
        tracing: (
            Literal["auto"]
            | RealtimeSessionCreateRequestGATracingTracingConfiguration
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[
                        RealtimeFunctionTool, pydantic.Tag("RealtimeFunctionTool")
                    ]
                    | Annotated[MCPTool, pydantic.Tag("MCPTool")]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {"function": "RealtimeFunctionTool", "mcp": "MCPTool"},
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: (
            ToolChoiceOptions | ToolChoiceFunction | ToolChoiceMCP | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        reasoning: RealtimeReasoning | NotGiven = NOT_GIVEN,
        max_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncation | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        body: RealtimeSessionCreateRequestGA | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Accept an incoming SIP call and configure the realtime session that will
        handle it.

        Args:
            call_id: The identifier for the call provided in the [`realtime.call.incoming`](https://api.openai.com/docs/api-reference/webhook-events/realtime/call/incoming) webhook.
            type: The type of session to create. Always `realtime` for the Realtime API.
            output_modalities: The set of modalities the model can respond with. It defaults to `["audio"]`, indicating that the model will respond with audio plus a transcript. `["text"]` can be used to make the model respond with text only. It is not possible to request both `text` and `audio` at the same time.
            model: The Realtime model used for this session.
            instructions: The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior. Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
            audio: Configuration for input and output audio.
            include: Additional fields to include in server outputs. `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
            tracing: Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once tracing is enabled for a session, the configuration cannot be modified. `auto` will create a trace for the session with default values for the workflow name, group id, and metadata.
            tools: Tools available to the model.
            tool_choice: How the model chooses tools. Provide one of the string modes or force a specific function/MCP tool.
            parallel_tool_calls: Whether the model may call multiple tools in parallel. Only supported by reasoning Realtime models such as `gpt-realtime-2`.
            reasoning: Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`.
            max_output_tokens: Maximum number of output tokens for a single assistant response, inclusive of tool calls. Provide an integer between 1 and 4096 to limit output tokens, or `inf` for the maximum available tokens for a given model. Defaults to `inf`.
            truncation: When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs. Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost. Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate. Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
        """
        _response: ApiResponse[None] = self._client._request(
            _ACCEPT_REALTIME_CALL, locals()
        )
        return _response.data

    @overload
    def accept_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        body: RealtimeSessionCreateRequestGA | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]: ...

    @overload
    def accept_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        type: Literal["realtime"],
        output_modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
                "gpt-realtime-2",
                "gpt-realtime-2.1",
                "gpt-realtime-2.1-mini",
                "gpt-realtime-2025-08-28",
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
                "gpt-realtime-mini",
                "gpt-realtime-mini-2025-10-06",
                "gpt-realtime-mini-2025-12-15",
                "gpt-audio-1.5",
                "gpt-audio-mini",
                "gpt-audio-mini-2025-10-06",
                "gpt-audio-mini-2025-12-15",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        audio: RealtimeSessionCreateRequestGAAudio | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["item.input_audio_transcription.logprobs"]] | NotGiven
        ) = NOT_GIVEN,
        tracing: (
            Literal["auto"]
            | RealtimeSessionCreateRequestGATracingTracingConfiguration
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[
                        RealtimeFunctionTool, pydantic.Tag("RealtimeFunctionTool")
                    ]
                    | Annotated[MCPTool, pydantic.Tag("MCPTool")]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {"function": "RealtimeFunctionTool", "mcp": "MCPTool"},
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: (
            ToolChoiceOptions | ToolChoiceFunction | ToolChoiceMCP | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        reasoning: RealtimeReasoning | NotGiven = NOT_GIVEN,
        max_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncation | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]: ...

    def accept_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        type: Literal["realtime"] | NotGiven = NOT_GIVEN,
        output_modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
                "gpt-realtime-2",
                "gpt-realtime-2.1",
                "gpt-realtime-2.1-mini",
                "gpt-realtime-2025-08-28",
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
                "gpt-realtime-mini",
                "gpt-realtime-mini-2025-10-06",
                "gpt-realtime-mini-2025-12-15",
                "gpt-audio-1.5",
                "gpt-audio-mini",
                "gpt-audio-mini-2025-10-06",
                "gpt-audio-mini-2025-12-15",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        audio: RealtimeSessionCreateRequestGAAudio | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["item.input_audio_transcription.logprobs"]] | NotGiven
        ) = NOT_GIVEN,
        tracing: (
            Literal["auto"]
            | RealtimeSessionCreateRequestGATracingTracingConfiguration
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[
                        RealtimeFunctionTool, pydantic.Tag("RealtimeFunctionTool")
                    ]
                    | Annotated[MCPTool, pydantic.Tag("MCPTool")]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {"function": "RealtimeFunctionTool", "mcp": "MCPTool"},
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: (
            ToolChoiceOptions | ToolChoiceFunction | ToolChoiceMCP | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        reasoning: RealtimeReasoning | NotGiven = NOT_GIVEN,
        max_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncation | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        body: RealtimeSessionCreateRequestGA | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `accept_realtime_call`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_ACCEPT_REALTIME_CALL, locals())

    def hangup_realtime_call(
        self,
        call_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """End an active Realtime API call, whether it was initiated over SIP or
        WebRTC.

        Args:
            call_id: The identifier for the call. For SIP calls, use the value provided in the [`realtime.call.incoming`](https://api.openai.com/docs/api-reference/webhook-events/realtime/call/incoming) webhook. For WebRTC sessions, reuse the call ID returned in the `Location` header when creating the call with [`POST /v1/realtime/calls`](https://api.openai.com/docs/api-reference/realtime/create-call).
        """
        _response: ApiResponse[None] = self._client._request(
            _HANGUP_REALTIME_CALL, locals()
        )
        return _response.data

    def hangup_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `hangup_realtime_call`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_HANGUP_REALTIME_CALL, locals())

    @overload
    def refer_realtime_call(
        self,
        call_id: str,
        *,
        body: RealtimeCallReferRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None: ...

    @overload
    def refer_realtime_call(
        self,
        call_id: str,
        *,
        target_uri: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None: ...

    def refer_realtime_call(
        self,
        call_id: str,
        *,
        target_uri: str | NotGiven = NOT_GIVEN,
        body: RealtimeCallReferRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Transfer an active SIP call to a new destination using the SIP REFER verb.

        Args:
            call_id: The identifier for the call provided in the [`realtime.call.incoming`](https://api.openai.com/docs/api-reference/webhook-events/realtime/call/incoming) webhook.
            target_uri: URI that should appear in the SIP Refer-To header. Supports values like `tel:+14155550123` or `sip:agent@example.com`.
        """
        _response: ApiResponse[None] = self._client._request(
            _REFER_REALTIME_CALL, locals()
        )
        return _response.data

    @overload
    def refer_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        body: RealtimeCallReferRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]: ...

    @overload
    def refer_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        target_uri: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]: ...

    def refer_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        target_uri: str | NotGiven = NOT_GIVEN,
        body: RealtimeCallReferRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `refer_realtime_call`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_REFER_REALTIME_CALL, locals())

    @overload
    def reject_realtime_call(
        self,
        call_id: str,
        *,
        body: RealtimeCallRejectRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None: ...

    @overload
    def reject_realtime_call(
        self,
        call_id: str,
        *,
        status_code: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None: ...

    def reject_realtime_call(
        self,
        call_id: str,
        *,
        status_code: int | NotGiven = NOT_GIVEN,
        body: RealtimeCallRejectRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Decline an incoming SIP call by returning a SIP status code to the caller.

        Args:
            call_id: The identifier for the call provided in the [`realtime.call.incoming`](https://api.openai.com/docs/api-reference/webhook-events/realtime/call/incoming) webhook.
            status_code: SIP response code to send back to the caller. Defaults to `603` (Decline) when omitted.
        """
        _response: ApiResponse[None] = self._client._request(
            _REJECT_REALTIME_CALL, locals()
        )
        return _response.data

    @overload
    def reject_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        body: RealtimeCallRejectRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]: ...

    @overload
    def reject_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        status_code: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]: ...

    def reject_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        status_code: int | NotGiven = NOT_GIVEN,
        body: RealtimeCallRejectRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `reject_realtime_call`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_REJECT_REALTIME_CALL, locals())

    @overload
    def create_realtime_client_secret(
        self,
        *,
        body: RealtimeCreateClientSecretRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeCreateClientSecretResponse: ...

    @overload
    def create_realtime_client_secret(
        self,
        *,
        expires_after: (
            RealtimeCreateClientSecretRequestExpiresAfter | NotGiven
        ) = NOT_GIVEN,
        session: (
            Annotated[
                Annotated[
                    RealtimeSessionCreateRequestGA,
                    pydantic.Tag("RealtimeSessionCreateRequestGA"),
                ]
                | Annotated[
                    RealtimeTranscriptionSessionCreateRequestGA,
                    pydantic.Tag("RealtimeTranscriptionSessionCreateRequestGA"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "realtime": "RealtimeSessionCreateRequestGA",
                        "transcription": "RealtimeTranscriptionSessionCreateRequestGA",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeCreateClientSecretResponse: ...

    def create_realtime_client_secret(
        self,
        *,
        expires_after: (
            RealtimeCreateClientSecretRequestExpiresAfter | NotGiven
        ) = NOT_GIVEN,
        session: (
            Annotated[
                Annotated[
                    RealtimeSessionCreateRequestGA,
                    pydantic.Tag("RealtimeSessionCreateRequestGA"),
                ]
                | Annotated[
                    RealtimeTranscriptionSessionCreateRequestGA,
                    pydantic.Tag("RealtimeTranscriptionSessionCreateRequestGA"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "realtime": "RealtimeSessionCreateRequestGA",
                        "transcription": "RealtimeTranscriptionSessionCreateRequestGA",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: RealtimeCreateClientSecretRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeCreateClientSecretResponse:
        """Create a Realtime client secret with an associated session configuration.

        Client secrets are short-lived tokens that can be passed to a client app,
        such as a web frontend or mobile client, which grants access to the Realtime
        API without
        leaking your main API key. You can configure a custom TTL for each client
        secret.

        You can also attach session configuration options to the client secret, which
        will be
        applied to any sessions created using that client secret, but these can also
        be overridden
        by the client connection.

        [Learn more about authentication with client secrets over
        WebRTC](/docs/guides/realtime-webrtc).

        Returns the created client secret and the effective session object. The
        client secret is a string that looks like `ek_1234`.

        Args:
            expires_after: Configuration for the client secret expiration. Expiration refers to the time after which a client secret will no longer be valid for creating sessions. The session itself may continue after that time once started. A secret can be used to create multiple sessions until it expires.
            session: Session configuration to use for the client secret. Choose either a realtime session or a transcription session.
        """
        _response: ApiResponse[RealtimeCreateClientSecretResponse] = (
            self._client._request(_CREATE_REALTIME_CLIENT_SECRET, locals())
        )
        return _response.data

    @overload
    def create_realtime_client_secret_with_http_info(
        self,
        *,
        body: RealtimeCreateClientSecretRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeCreateClientSecretResponse]: ...

    @overload
    def create_realtime_client_secret_with_http_info(
        self,
        *,
        expires_after: (
            RealtimeCreateClientSecretRequestExpiresAfter | NotGiven
        ) = NOT_GIVEN,
        session: (
            Annotated[
                Annotated[
                    RealtimeSessionCreateRequestGA,
                    pydantic.Tag("RealtimeSessionCreateRequestGA"),
                ]
                | Annotated[
                    RealtimeTranscriptionSessionCreateRequestGA,
                    pydantic.Tag("RealtimeTranscriptionSessionCreateRequestGA"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "realtime": "RealtimeSessionCreateRequestGA",
                        "transcription": "RealtimeTranscriptionSessionCreateRequestGA",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeCreateClientSecretResponse]: ...

    def create_realtime_client_secret_with_http_info(
        self,
        *,
        expires_after: (
            RealtimeCreateClientSecretRequestExpiresAfter | NotGiven
        ) = NOT_GIVEN,
        session: (
            Annotated[
                Annotated[
                    RealtimeSessionCreateRequestGA,
                    pydantic.Tag("RealtimeSessionCreateRequestGA"),
                ]
                | Annotated[
                    RealtimeTranscriptionSessionCreateRequestGA,
                    pydantic.Tag("RealtimeTranscriptionSessionCreateRequestGA"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "realtime": "RealtimeSessionCreateRequestGA",
                        "transcription": "RealtimeTranscriptionSessionCreateRequestGA",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: RealtimeCreateClientSecretRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeCreateClientSecretResponse]:
        """Like `create_realtime_client_secret`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_CREATE_REALTIME_CLIENT_SECRET, locals())

    @overload
    def create_realtime_session(
        self,
        *,
        body: RealtimeSessionCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeSessionCreateResponse: ...

    @overload
    def create_realtime_session(
        self,
        *,
        client_secret: RealtimeSessionCreateRequestClientSecret,
        modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoice | NotGiven = NOT_GIVEN,
        input_audio_format: str | NotGiven = NOT_GIVEN,
        output_audio_format: str | NotGiven = NOT_GIVEN,
        input_audio_transcription: (
            RealtimeSessionCreateRequestInputAudioTranscription | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        tracing: (
            Literal["auto"]
            | RealtimeSessionCreateRequestTracingTracingConfiguration
            | NotGiven
        ) = NOT_GIVEN,
        turn_detection: (
            RealtimeSessionCreateRequestTurnDetection | NotGiven
        ) = NOT_GIVEN,
        tools: list[RealtimeSessionCreateRequestToolsItem] | NotGiven = NOT_GIVEN,
        tool_choice: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        max_response_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncation | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeSessionCreateResponse: ...

    def create_realtime_session(
        self,
        *,
        client_secret: RealtimeSessionCreateRequestClientSecret | NotGiven = NOT_GIVEN,
        modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoice | NotGiven = NOT_GIVEN,
        input_audio_format: str | NotGiven = NOT_GIVEN,
        output_audio_format: str | NotGiven = NOT_GIVEN,
        input_audio_transcription: (
            RealtimeSessionCreateRequestInputAudioTranscription | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        tracing: (
            Literal["auto"]
            | RealtimeSessionCreateRequestTracingTracingConfiguration
            | NotGiven
        ) = NOT_GIVEN,
        turn_detection: (
            RealtimeSessionCreateRequestTurnDetection | NotGiven
        ) = NOT_GIVEN,
        tools: list[RealtimeSessionCreateRequestToolsItem] | NotGiven = NOT_GIVEN,
        tool_choice: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        max_response_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncation | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        body: RealtimeSessionCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeSessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the
        Realtime API. Can be configured with the same session parameters as the
        `session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains
        a usable ephemeral API token that can be used to authenticate browser clients
        for the Realtime API.

        Returns the created Realtime session object, plus an ephemeral key.

        Args:
            client_secret: Ephemeral key returned by the API.
            modalities: The set of modalities the model can respond with. To disable audio, set this to ["text"].
            instructions: The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior. Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
            voice: The voice the model uses to respond. Supported built-in voices are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`. You may also provide a custom voice object with an `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during the session once the model has responded with audio at least once.
            input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
            output_audio_format: The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
            input_audio_transcription: Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously and should be treated as rough guidance rather than the representation understood by the model.
            speed: The speed of the model's spoken response. 1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not while a response is in progress.
            tracing: Configuration options for tracing. Set to null to disable tracing. Once tracing is enabled for a session, the configuration cannot be modified. `auto` will create a trace for the session with default values for the workflow name, group id, and metadata.
            turn_detection: Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.
            tools: Tools (functions) available to the model.
            tool_choice: How the model chooses tools. Options are `auto`, `none`, `required`, or specify a function.
            temperature: Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.
            max_response_output_tokens: Maximum number of output tokens for a single assistant response, inclusive of tool calls. Provide an integer between 1 and 4096 to limit output tokens, or `inf` for the maximum available tokens for a given model. Defaults to `inf`.
            truncation: When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs. Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost. Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate. Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
        """
        _response: ApiResponse[RealtimeSessionCreateResponse] = self._client._request(
            _CREATE_REALTIME_SESSION, locals()
        )
        return _response.data

    @overload
    def create_realtime_session_with_http_info(
        self,
        *,
        body: RealtimeSessionCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeSessionCreateResponse]: ...

    @overload
    def create_realtime_session_with_http_info(
        self,
        *,
        client_secret: RealtimeSessionCreateRequestClientSecret,
        modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoice | NotGiven = NOT_GIVEN,
        input_audio_format: str | NotGiven = NOT_GIVEN,
        output_audio_format: str | NotGiven = NOT_GIVEN,
        input_audio_transcription: (
            RealtimeSessionCreateRequestInputAudioTranscription | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        tracing: (
            Literal["auto"]
            | RealtimeSessionCreateRequestTracingTracingConfiguration
            | NotGiven
        ) = NOT_GIVEN,
        turn_detection: (
            RealtimeSessionCreateRequestTurnDetection | NotGiven
        ) = NOT_GIVEN,
        tools: list[RealtimeSessionCreateRequestToolsItem] | NotGiven = NOT_GIVEN,
        tool_choice: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        max_response_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncation | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeSessionCreateResponse]: ...

    def create_realtime_session_with_http_info(
        self,
        *,
        client_secret: RealtimeSessionCreateRequestClientSecret | NotGiven = NOT_GIVEN,
        modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoice | NotGiven = NOT_GIVEN,
        input_audio_format: str | NotGiven = NOT_GIVEN,
        output_audio_format: str | NotGiven = NOT_GIVEN,
        input_audio_transcription: (
            RealtimeSessionCreateRequestInputAudioTranscription | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        tracing: (
            Literal["auto"]
            | RealtimeSessionCreateRequestTracingTracingConfiguration
            | NotGiven
        ) = NOT_GIVEN,
        turn_detection: (
            RealtimeSessionCreateRequestTurnDetection | NotGiven
        ) = NOT_GIVEN,
        tools: list[RealtimeSessionCreateRequestToolsItem] | NotGiven = NOT_GIVEN,
        tool_choice: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        max_response_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncation | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        body: RealtimeSessionCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeSessionCreateResponse]:
        """Like `create_realtime_session`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_CREATE_REALTIME_SESSION, locals())

    @overload
    def create_realtime_transcription_session(
        self,
        *,
        body: RealtimeTranscriptionSessionCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeTranscriptionSessionCreateResponse: ...

    @overload
    def create_realtime_transcription_session(
        self,
        *,
        turn_detection: (
            RealtimeTranscriptionSessionCreateRequestTurnDetection | NotGiven
        ) = NOT_GIVEN,
        input_audio_noise_reduction: (
            RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | NotGiven
        ) = NOT_GIVEN,
        input_audio_format: (
            Literal["pcm16", "g711_ulaw", "g711_alaw"] | str | NotGiven
        ) = NOT_GIVEN,
        input_audio_transcription: AudioTranscription | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["item.input_audio_transcription.logprobs"]] | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeTranscriptionSessionCreateResponse: ...

    def create_realtime_transcription_session(
        self,
        *,
        turn_detection: (
            RealtimeTranscriptionSessionCreateRequestTurnDetection | NotGiven
        ) = NOT_GIVEN,
        input_audio_noise_reduction: (
            RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | NotGiven
        ) = NOT_GIVEN,
        input_audio_format: (
            Literal["pcm16", "g711_ulaw", "g711_alaw"] | str | NotGiven
        ) = NOT_GIVEN,
        input_audio_transcription: AudioTranscription | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["item.input_audio_transcription.logprobs"]] | NotGiven
        ) = NOT_GIVEN,
        body: RealtimeTranscriptionSessionCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeTranscriptionSessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the
        Realtime API specifically for realtime transcriptions.
        Can be configured with the same session parameters as the
        `transcription_session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains
        a usable ephemeral API token that can be used to authenticate browser clients
        for the Realtime API.

        Returns the created Realtime transcription session object, plus an ephemeral
        key.

        Args:
            turn_detection: Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.
            input_audio_noise_reduction: Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model. Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
            input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`. For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate, single channel (mono), and little-endian byte order.
            input_audio_transcription: Configuration for input audio transcription. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service.
            include: The set of items to include in the transcription. Current available items are: `item.input_audio_transcription.logprobs`
        """
        _response: ApiResponse[RealtimeTranscriptionSessionCreateResponse] = (
            self._client._request(_CREATE_REALTIME_TRANSCRIPTION_SESSION, locals())
        )
        return _response.data

    @overload
    def create_realtime_transcription_session_with_http_info(
        self,
        *,
        body: RealtimeTranscriptionSessionCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeTranscriptionSessionCreateResponse]: ...

    @overload
    def create_realtime_transcription_session_with_http_info(
        self,
        *,
        turn_detection: (
            RealtimeTranscriptionSessionCreateRequestTurnDetection | NotGiven
        ) = NOT_GIVEN,
        input_audio_noise_reduction: (
            RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | NotGiven
        ) = NOT_GIVEN,
        input_audio_format: (
            Literal["pcm16", "g711_ulaw", "g711_alaw"] | str | NotGiven
        ) = NOT_GIVEN,
        input_audio_transcription: AudioTranscription | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["item.input_audio_transcription.logprobs"]] | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeTranscriptionSessionCreateResponse]: ...

    def create_realtime_transcription_session_with_http_info(
        self,
        *,
        turn_detection: (
            RealtimeTranscriptionSessionCreateRequestTurnDetection | NotGiven
        ) = NOT_GIVEN,
        input_audio_noise_reduction: (
            RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | NotGiven
        ) = NOT_GIVEN,
        input_audio_format: (
            Literal["pcm16", "g711_ulaw", "g711_alaw"] | str | NotGiven
        ) = NOT_GIVEN,
        input_audio_transcription: AudioTranscription | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["item.input_audio_transcription.logprobs"]] | NotGiven
        ) = NOT_GIVEN,
        body: RealtimeTranscriptionSessionCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeTranscriptionSessionCreateResponse]:
        """Like `create_realtime_transcription_session`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_CREATE_REALTIME_TRANSCRIPTION_SESSION, locals())

    @overload
    def create_realtime_translation_client_secret(
        self,
        *,
        body: RealtimeTranslationClientSecretCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeTranslationClientSecretCreateResponse: ...

    @overload
    def create_realtime_translation_client_secret(
        self,
        *,
        session: RealtimeTranslationSessionCreateRequest,
        expires_after: (
            RealtimeTranslationClientSecretCreateRequestExpiresAfter | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeTranslationClientSecretCreateResponse: ...

    def create_realtime_translation_client_secret(
        self,
        *,
        expires_after: (
            RealtimeTranslationClientSecretCreateRequestExpiresAfter | NotGiven
        ) = NOT_GIVEN,
        session: RealtimeTranslationSessionCreateRequest | NotGiven = NOT_GIVEN,
        body: (
            RealtimeTranslationClientSecretCreateRequest | dict[str, Any] | None
        ) = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeTranslationClientSecretCreateResponse:
        """Create a Realtime translation client secret with an associated translation
        session configuration.

        Client secrets are short-lived tokens that can be passed to a client app,
        such as a web frontend or mobile client, which grants access to the Realtime
        Translation API without leaking your main API key. You can configure a custom
        TTL for each client secret.

        Returns the created client secret and the effective translation session
        object.
        The client secret is a string that looks like `ek_1234`.

        Args:
            expires_after: Configuration for the client secret expiration. Expiration refers to the time after which a client secret will no longer be valid for creating sessions. The session itself may continue after that time once started. A secret can be used to create multiple sessions until it expires.
            session: Realtime translation session configuration. Translation sessions stream source audio in and translated audio plus transcript deltas out continuously.
        """
        _response: ApiResponse[RealtimeTranslationClientSecretCreateResponse] = (
            self._client._request(_CREATE_REALTIME_TRANSLATION_CLIENT_SECRET, locals())
        )
        return _response.data

    @overload
    def create_realtime_translation_client_secret_with_http_info(
        self,
        *,
        body: RealtimeTranslationClientSecretCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeTranslationClientSecretCreateResponse]: ...

    @overload
    def create_realtime_translation_client_secret_with_http_info(
        self,
        *,
        session: RealtimeTranslationSessionCreateRequest,
        expires_after: (
            RealtimeTranslationClientSecretCreateRequestExpiresAfter | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeTranslationClientSecretCreateResponse]: ...

    def create_realtime_translation_client_secret_with_http_info(
        self,
        *,
        expires_after: (
            RealtimeTranslationClientSecretCreateRequestExpiresAfter | NotGiven
        ) = NOT_GIVEN,
        session: RealtimeTranslationSessionCreateRequest | NotGiven = NOT_GIVEN,
        body: (
            RealtimeTranslationClientSecretCreateRequest | dict[str, Any] | None
        ) = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeTranslationClientSecretCreateResponse]:
        """Like `create_realtime_translation_client_secret`, but returns the status code
        and headers with the parsed body.
        """
        return self._client._request(
            _CREATE_REALTIME_TRANSLATION_CLIENT_SECRET, locals()
        )


class AsyncRealtimeApi:
    """Realtime operations (async).

    Reach it as `client.realtime`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def create_realtime_call(
        self,
        *,
        sdp: str,
        session: RealtimeSessionCreateRequestGA | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> bytes:
        """Create a new Realtime API call over WebRTC and receive the SDP answer needed
        to complete the peer connection.

        Args:
            sdp: WebRTC Session Description Protocol (SDP) offer generated by the caller.
            session: Optional session configuration to apply before the realtime session is created. Use the same parameters you would send in a [`create client secret`](https://api.openai.com/docs/api-reference/realtime-sessions/create-realtime-client-secret) request.
        """
        _response: ApiResponse[bytes] = await self._client._request(
            _CREATE_REALTIME_CALL, locals()
        )
        return _response.data

    async def create_realtime_call_with_http_info(
        self,
        *,
        sdp: str,
        session: RealtimeSessionCreateRequestGA | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[bytes]:
        """Like `create_realtime_call`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_REALTIME_CALL, locals())

    async def create_realtime_call_to_file(
        self,
        *,
        sdp: str,
        session: RealtimeSessionCreateRequestGA | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
        destination: str | os.PathLike[str],
    ) -> Path:
        """Like `create_realtime_call`, but streams the body to the file `destination`
        without holding it in memory.

        The body goes to `<destination>.part` first, renamed when complete. Returns
        the file's path.
        """
        return await self._client._download(
            _CREATE_REALTIME_CALL, locals(), destination
        )

    @overload
    async def accept_realtime_call(
        self,
        call_id: str,
        *,
        body: RealtimeSessionCreateRequestGA | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None: ...

    @overload
    async def accept_realtime_call(
        self,
        call_id: str,
        *,
        type: Literal["realtime"],
        output_modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
                "gpt-realtime-2",
                "gpt-realtime-2.1",
                "gpt-realtime-2.1-mini",
                "gpt-realtime-2025-08-28",
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
                "gpt-realtime-mini",
                "gpt-realtime-mini-2025-10-06",
                "gpt-realtime-mini-2025-12-15",
                "gpt-audio-1.5",
                "gpt-audio-mini",
                "gpt-audio-mini-2025-10-06",
                "gpt-audio-mini-2025-12-15",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        audio: RealtimeSessionCreateRequestGAAudio | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["item.input_audio_transcription.logprobs"]] | NotGiven
        ) = NOT_GIVEN,
        tracing: (
            Literal["auto"]
            | RealtimeSessionCreateRequestGATracingTracingConfiguration
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[
                        RealtimeFunctionTool, pydantic.Tag("RealtimeFunctionTool")
                    ]
                    | Annotated[MCPTool, pydantic.Tag("MCPTool")]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {"function": "RealtimeFunctionTool", "mcp": "MCPTool"},
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: (
            ToolChoiceOptions | ToolChoiceFunction | ToolChoiceMCP | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        reasoning: RealtimeReasoning | NotGiven = NOT_GIVEN,
        max_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncation | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None: ...

    async def accept_realtime_call(
        self,
        call_id: str,
        *,
        type: Literal["realtime"] | NotGiven = NOT_GIVEN,
        output_modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
                "gpt-realtime-2",
                "gpt-realtime-2.1",
                "gpt-realtime-2.1-mini",
                "gpt-realtime-2025-08-28",
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
                "gpt-realtime-mini",
                "gpt-realtime-mini-2025-10-06",
                "gpt-realtime-mini-2025-12-15",
                "gpt-audio-1.5",
                "gpt-audio-mini",
                "gpt-audio-mini-2025-10-06",
                "gpt-audio-mini-2025-12-15",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        audio: RealtimeSessionCreateRequestGAAudio | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["item.input_audio_transcription.logprobs"]] | NotGiven
        ) = NOT_GIVEN,
        tracing: (
            Literal["auto"]
            | RealtimeSessionCreateRequestGATracingTracingConfiguration
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[
                        RealtimeFunctionTool, pydantic.Tag("RealtimeFunctionTool")
                    ]
                    | Annotated[MCPTool, pydantic.Tag("MCPTool")]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {"function": "RealtimeFunctionTool", "mcp": "MCPTool"},
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: (
            ToolChoiceOptions | ToolChoiceFunction | ToolChoiceMCP | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        reasoning: RealtimeReasoning | NotGiven = NOT_GIVEN,
        max_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncation | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        body: RealtimeSessionCreateRequestGA | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Accept an incoming SIP call and configure the realtime session that will
        handle it.

        Args:
            call_id: The identifier for the call provided in the [`realtime.call.incoming`](https://api.openai.com/docs/api-reference/webhook-events/realtime/call/incoming) webhook.
            type: The type of session to create. Always `realtime` for the Realtime API.
            output_modalities: The set of modalities the model can respond with. It defaults to `["audio"]`, indicating that the model will respond with audio plus a transcript. `["text"]` can be used to make the model respond with text only. It is not possible to request both `text` and `audio` at the same time.
            model: The Realtime model used for this session.
            instructions: The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior. Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
            audio: Configuration for input and output audio.
            include: Additional fields to include in server outputs. `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
            tracing: Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once tracing is enabled for a session, the configuration cannot be modified. `auto` will create a trace for the session with default values for the workflow name, group id, and metadata.
            tools: Tools available to the model.
            tool_choice: How the model chooses tools. Provide one of the string modes or force a specific function/MCP tool.
            parallel_tool_calls: Whether the model may call multiple tools in parallel. Only supported by reasoning Realtime models such as `gpt-realtime-2`.
            reasoning: Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`.
            max_output_tokens: Maximum number of output tokens for a single assistant response, inclusive of tool calls. Provide an integer between 1 and 4096 to limit output tokens, or `inf` for the maximum available tokens for a given model. Defaults to `inf`.
            truncation: When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs. Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost. Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate. Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
        """
        _response: ApiResponse[None] = await self._client._request(
            _ACCEPT_REALTIME_CALL, locals()
        )
        return _response.data

    @overload
    async def accept_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        body: RealtimeSessionCreateRequestGA | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]: ...

    @overload
    async def accept_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        type: Literal["realtime"],
        output_modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
                "gpt-realtime-2",
                "gpt-realtime-2.1",
                "gpt-realtime-2.1-mini",
                "gpt-realtime-2025-08-28",
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
                "gpt-realtime-mini",
                "gpt-realtime-mini-2025-10-06",
                "gpt-realtime-mini-2025-12-15",
                "gpt-audio-1.5",
                "gpt-audio-mini",
                "gpt-audio-mini-2025-10-06",
                "gpt-audio-mini-2025-12-15",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        audio: RealtimeSessionCreateRequestGAAudio | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["item.input_audio_transcription.logprobs"]] | NotGiven
        ) = NOT_GIVEN,
        tracing: (
            Literal["auto"]
            | RealtimeSessionCreateRequestGATracingTracingConfiguration
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[
                        RealtimeFunctionTool, pydantic.Tag("RealtimeFunctionTool")
                    ]
                    | Annotated[MCPTool, pydantic.Tag("MCPTool")]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {"function": "RealtimeFunctionTool", "mcp": "MCPTool"},
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: (
            ToolChoiceOptions | ToolChoiceFunction | ToolChoiceMCP | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        reasoning: RealtimeReasoning | NotGiven = NOT_GIVEN,
        max_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncation | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]: ...

    async def accept_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        type: Literal["realtime"] | NotGiven = NOT_GIVEN,
        output_modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
                "gpt-realtime-2",
                "gpt-realtime-2.1",
                "gpt-realtime-2.1-mini",
                "gpt-realtime-2025-08-28",
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
                "gpt-realtime-mini",
                "gpt-realtime-mini-2025-10-06",
                "gpt-realtime-mini-2025-12-15",
                "gpt-audio-1.5",
                "gpt-audio-mini",
                "gpt-audio-mini-2025-10-06",
                "gpt-audio-mini-2025-12-15",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        audio: RealtimeSessionCreateRequestGAAudio | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["item.input_audio_transcription.logprobs"]] | NotGiven
        ) = NOT_GIVEN,
        tracing: (
            Literal["auto"]
            | RealtimeSessionCreateRequestGATracingTracingConfiguration
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tools: (
            list[
                Annotated[
                    Annotated[
                        RealtimeFunctionTool, pydantic.Tag("RealtimeFunctionTool")
                    ]
                    | Annotated[MCPTool, pydantic.Tag("MCPTool")]
                    | Annotated[dict[str, Any], pydantic.Tag("")],
                    discriminate(
                        "type",
                        "type",
                        {"function": "RealtimeFunctionTool", "mcp": "MCPTool"},
                    ),
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        tool_choice: (
            ToolChoiceOptions | ToolChoiceFunction | ToolChoiceMCP | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        reasoning: RealtimeReasoning | NotGiven = NOT_GIVEN,
        max_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncation | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        body: RealtimeSessionCreateRequestGA | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `accept_realtime_call`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_ACCEPT_REALTIME_CALL, locals())

    async def hangup_realtime_call(
        self,
        call_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """End an active Realtime API call, whether it was initiated over SIP or
        WebRTC.

        Args:
            call_id: The identifier for the call. For SIP calls, use the value provided in the [`realtime.call.incoming`](https://api.openai.com/docs/api-reference/webhook-events/realtime/call/incoming) webhook. For WebRTC sessions, reuse the call ID returned in the `Location` header when creating the call with [`POST /v1/realtime/calls`](https://api.openai.com/docs/api-reference/realtime/create-call).
        """
        _response: ApiResponse[None] = await self._client._request(
            _HANGUP_REALTIME_CALL, locals()
        )
        return _response.data

    async def hangup_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `hangup_realtime_call`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_HANGUP_REALTIME_CALL, locals())

    @overload
    async def refer_realtime_call(
        self,
        call_id: str,
        *,
        body: RealtimeCallReferRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None: ...

    @overload
    async def refer_realtime_call(
        self,
        call_id: str,
        *,
        target_uri: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None: ...

    async def refer_realtime_call(
        self,
        call_id: str,
        *,
        target_uri: str | NotGiven = NOT_GIVEN,
        body: RealtimeCallReferRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Transfer an active SIP call to a new destination using the SIP REFER verb.

        Args:
            call_id: The identifier for the call provided in the [`realtime.call.incoming`](https://api.openai.com/docs/api-reference/webhook-events/realtime/call/incoming) webhook.
            target_uri: URI that should appear in the SIP Refer-To header. Supports values like `tel:+14155550123` or `sip:agent@example.com`.
        """
        _response: ApiResponse[None] = await self._client._request(
            _REFER_REALTIME_CALL, locals()
        )
        return _response.data

    @overload
    async def refer_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        body: RealtimeCallReferRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]: ...

    @overload
    async def refer_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        target_uri: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]: ...

    async def refer_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        target_uri: str | NotGiven = NOT_GIVEN,
        body: RealtimeCallReferRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `refer_realtime_call`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_REFER_REALTIME_CALL, locals())

    @overload
    async def reject_realtime_call(
        self,
        call_id: str,
        *,
        body: RealtimeCallRejectRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None: ...

    @overload
    async def reject_realtime_call(
        self,
        call_id: str,
        *,
        status_code: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None: ...

    async def reject_realtime_call(
        self,
        call_id: str,
        *,
        status_code: int | NotGiven = NOT_GIVEN,
        body: RealtimeCallRejectRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Decline an incoming SIP call by returning a SIP status code to the caller.

        Args:
            call_id: The identifier for the call provided in the [`realtime.call.incoming`](https://api.openai.com/docs/api-reference/webhook-events/realtime/call/incoming) webhook.
            status_code: SIP response code to send back to the caller. Defaults to `603` (Decline) when omitted.
        """
        _response: ApiResponse[None] = await self._client._request(
            _REJECT_REALTIME_CALL, locals()
        )
        return _response.data

    @overload
    async def reject_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        body: RealtimeCallRejectRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]: ...

    @overload
    async def reject_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        status_code: int | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]: ...

    async def reject_realtime_call_with_http_info(
        self,
        call_id: str,
        *,
        status_code: int | NotGiven = NOT_GIVEN,
        body: RealtimeCallRejectRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `reject_realtime_call`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_REJECT_REALTIME_CALL, locals())

    @overload
    async def create_realtime_client_secret(
        self,
        *,
        body: RealtimeCreateClientSecretRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeCreateClientSecretResponse: ...

    @overload
    async def create_realtime_client_secret(
        self,
        *,
        expires_after: (
            RealtimeCreateClientSecretRequestExpiresAfter | NotGiven
        ) = NOT_GIVEN,
        session: (
            Annotated[
                Annotated[
                    RealtimeSessionCreateRequestGA,
                    pydantic.Tag("RealtimeSessionCreateRequestGA"),
                ]
                | Annotated[
                    RealtimeTranscriptionSessionCreateRequestGA,
                    pydantic.Tag("RealtimeTranscriptionSessionCreateRequestGA"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "realtime": "RealtimeSessionCreateRequestGA",
                        "transcription": "RealtimeTranscriptionSessionCreateRequestGA",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeCreateClientSecretResponse: ...

    async def create_realtime_client_secret(
        self,
        *,
        expires_after: (
            RealtimeCreateClientSecretRequestExpiresAfter | NotGiven
        ) = NOT_GIVEN,
        session: (
            Annotated[
                Annotated[
                    RealtimeSessionCreateRequestGA,
                    pydantic.Tag("RealtimeSessionCreateRequestGA"),
                ]
                | Annotated[
                    RealtimeTranscriptionSessionCreateRequestGA,
                    pydantic.Tag("RealtimeTranscriptionSessionCreateRequestGA"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "realtime": "RealtimeSessionCreateRequestGA",
                        "transcription": "RealtimeTranscriptionSessionCreateRequestGA",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: RealtimeCreateClientSecretRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeCreateClientSecretResponse:
        """Create a Realtime client secret with an associated session configuration.

        Client secrets are short-lived tokens that can be passed to a client app,
        such as a web frontend or mobile client, which grants access to the Realtime
        API without
        leaking your main API key. You can configure a custom TTL for each client
        secret.

        You can also attach session configuration options to the client secret, which
        will be
        applied to any sessions created using that client secret, but these can also
        be overridden
        by the client connection.

        [Learn more about authentication with client secrets over
        WebRTC](/docs/guides/realtime-webrtc).

        Returns the created client secret and the effective session object. The
        client secret is a string that looks like `ek_1234`.

        Args:
            expires_after: Configuration for the client secret expiration. Expiration refers to the time after which a client secret will no longer be valid for creating sessions. The session itself may continue after that time once started. A secret can be used to create multiple sessions until it expires.
            session: Session configuration to use for the client secret. Choose either a realtime session or a transcription session.
        """
        _response: ApiResponse[RealtimeCreateClientSecretResponse] = (
            await self._client._request(_CREATE_REALTIME_CLIENT_SECRET, locals())
        )
        return _response.data

    @overload
    async def create_realtime_client_secret_with_http_info(
        self,
        *,
        body: RealtimeCreateClientSecretRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeCreateClientSecretResponse]: ...

    @overload
    async def create_realtime_client_secret_with_http_info(
        self,
        *,
        expires_after: (
            RealtimeCreateClientSecretRequestExpiresAfter | NotGiven
        ) = NOT_GIVEN,
        session: (
            Annotated[
                Annotated[
                    RealtimeSessionCreateRequestGA,
                    pydantic.Tag("RealtimeSessionCreateRequestGA"),
                ]
                | Annotated[
                    RealtimeTranscriptionSessionCreateRequestGA,
                    pydantic.Tag("RealtimeTranscriptionSessionCreateRequestGA"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "realtime": "RealtimeSessionCreateRequestGA",
                        "transcription": "RealtimeTranscriptionSessionCreateRequestGA",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeCreateClientSecretResponse]: ...

    async def create_realtime_client_secret_with_http_info(
        self,
        *,
        expires_after: (
            RealtimeCreateClientSecretRequestExpiresAfter | NotGiven
        ) = NOT_GIVEN,
        session: (
            Annotated[
                Annotated[
                    RealtimeSessionCreateRequestGA,
                    pydantic.Tag("RealtimeSessionCreateRequestGA"),
                ]
                | Annotated[
                    RealtimeTranscriptionSessionCreateRequestGA,
                    pydantic.Tag("RealtimeTranscriptionSessionCreateRequestGA"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "realtime": "RealtimeSessionCreateRequestGA",
                        "transcription": "RealtimeTranscriptionSessionCreateRequestGA",
                    },
                ),
            ]
            | NotGiven
        ) = NOT_GIVEN,
        body: RealtimeCreateClientSecretRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeCreateClientSecretResponse]:
        """Like `create_realtime_client_secret`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_CREATE_REALTIME_CLIENT_SECRET, locals())

    @overload
    async def create_realtime_session(
        self,
        *,
        body: RealtimeSessionCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeSessionCreateResponse: ...

    @overload
    async def create_realtime_session(
        self,
        *,
        client_secret: RealtimeSessionCreateRequestClientSecret,
        modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoice | NotGiven = NOT_GIVEN,
        input_audio_format: str | NotGiven = NOT_GIVEN,
        output_audio_format: str | NotGiven = NOT_GIVEN,
        input_audio_transcription: (
            RealtimeSessionCreateRequestInputAudioTranscription | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        tracing: (
            Literal["auto"]
            | RealtimeSessionCreateRequestTracingTracingConfiguration
            | NotGiven
        ) = NOT_GIVEN,
        turn_detection: (
            RealtimeSessionCreateRequestTurnDetection | NotGiven
        ) = NOT_GIVEN,
        tools: list[RealtimeSessionCreateRequestToolsItem] | NotGiven = NOT_GIVEN,
        tool_choice: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        max_response_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncation | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeSessionCreateResponse: ...

    async def create_realtime_session(
        self,
        *,
        client_secret: RealtimeSessionCreateRequestClientSecret | NotGiven = NOT_GIVEN,
        modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoice | NotGiven = NOT_GIVEN,
        input_audio_format: str | NotGiven = NOT_GIVEN,
        output_audio_format: str | NotGiven = NOT_GIVEN,
        input_audio_transcription: (
            RealtimeSessionCreateRequestInputAudioTranscription | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        tracing: (
            Literal["auto"]
            | RealtimeSessionCreateRequestTracingTracingConfiguration
            | NotGiven
        ) = NOT_GIVEN,
        turn_detection: (
            RealtimeSessionCreateRequestTurnDetection | NotGiven
        ) = NOT_GIVEN,
        tools: list[RealtimeSessionCreateRequestToolsItem] | NotGiven = NOT_GIVEN,
        tool_choice: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        max_response_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncation | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        body: RealtimeSessionCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeSessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the
        Realtime API. Can be configured with the same session parameters as the
        `session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains
        a usable ephemeral API token that can be used to authenticate browser clients
        for the Realtime API.

        Returns the created Realtime session object, plus an ephemeral key.

        Args:
            client_secret: Ephemeral key returned by the API.
            modalities: The set of modalities the model can respond with. To disable audio, set this to ["text"].
            instructions: The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior. Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
            voice: The voice the model uses to respond. Supported built-in voices are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`, `marin`, and `cedar`. You may also provide a custom voice object with an `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during the session once the model has responded with audio at least once.
            input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
            output_audio_format: The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
            input_audio_transcription: Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input audio transcription is not native to the model, since the model consumes audio directly. Transcription runs asynchronously and should be treated as rough guidance rather than the representation understood by the model.
            speed: The speed of the model's spoken response. 1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in between model turns, not while a response is in progress.
            tracing: Configuration options for tracing. Set to null to disable tracing. Once tracing is enabled for a session, the configuration cannot be modified. `auto` will create a trace for the session with default values for the workflow name, group id, and metadata.
            turn_detection: Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.
            tools: Tools (functions) available to the model.
            tool_choice: How the model chooses tools. Options are `auto`, `none`, `required`, or specify a function.
            temperature: Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.
            max_response_output_tokens: Maximum number of output tokens for a single assistant response, inclusive of tool calls. Provide an integer between 1 and 4096 to limit output tokens, or `inf` for the maximum available tokens for a given model. Defaults to `inf`.
            truncation: When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs. Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to control token usage and cost. Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are dropped from the beginning of the context. However, clients can also configure truncation to retain messages up to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the cache rate. Truncation can be disabled entirely, which means the server will never truncate but would instead return an error if the conversation exceeds the model's input token limit.
        """
        _response: ApiResponse[RealtimeSessionCreateResponse] = (
            await self._client._request(_CREATE_REALTIME_SESSION, locals())
        )
        return _response.data

    @overload
    async def create_realtime_session_with_http_info(
        self,
        *,
        body: RealtimeSessionCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeSessionCreateResponse]: ...

    @overload
    async def create_realtime_session_with_http_info(
        self,
        *,
        client_secret: RealtimeSessionCreateRequestClientSecret,
        modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoice | NotGiven = NOT_GIVEN,
        input_audio_format: str | NotGiven = NOT_GIVEN,
        output_audio_format: str | NotGiven = NOT_GIVEN,
        input_audio_transcription: (
            RealtimeSessionCreateRequestInputAudioTranscription | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        tracing: (
            Literal["auto"]
            | RealtimeSessionCreateRequestTracingTracingConfiguration
            | NotGiven
        ) = NOT_GIVEN,
        turn_detection: (
            RealtimeSessionCreateRequestTurnDetection | NotGiven
        ) = NOT_GIVEN,
        tools: list[RealtimeSessionCreateRequestToolsItem] | NotGiven = NOT_GIVEN,
        tool_choice: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        max_response_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncation | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeSessionCreateResponse]: ...

    async def create_realtime_session_with_http_info(
        self,
        *,
        client_secret: RealtimeSessionCreateRequestClientSecret | NotGiven = NOT_GIVEN,
        modalities: list[Literal["text", "audio"] | str] | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        voice: VoiceIdsOrCustomVoice | NotGiven = NOT_GIVEN,
        input_audio_format: str | NotGiven = NOT_GIVEN,
        output_audio_format: str | NotGiven = NOT_GIVEN,
        input_audio_transcription: (
            RealtimeSessionCreateRequestInputAudioTranscription | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        tracing: (
            Literal["auto"]
            | RealtimeSessionCreateRequestTracingTracingConfiguration
            | NotGiven
        ) = NOT_GIVEN,
        turn_detection: (
            RealtimeSessionCreateRequestTurnDetection | NotGiven
        ) = NOT_GIVEN,
        tools: list[RealtimeSessionCreateRequestToolsItem] | NotGiven = NOT_GIVEN,
        tool_choice: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        max_response_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        truncation: RealtimeTruncation | NotGiven = NOT_GIVEN,
        prompt: Prompt | NotGiven = NOT_GIVEN,
        body: RealtimeSessionCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeSessionCreateResponse]:
        """Like `create_realtime_session`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_CREATE_REALTIME_SESSION, locals())

    @overload
    async def create_realtime_transcription_session(
        self,
        *,
        body: RealtimeTranscriptionSessionCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeTranscriptionSessionCreateResponse: ...

    @overload
    async def create_realtime_transcription_session(
        self,
        *,
        turn_detection: (
            RealtimeTranscriptionSessionCreateRequestTurnDetection | NotGiven
        ) = NOT_GIVEN,
        input_audio_noise_reduction: (
            RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | NotGiven
        ) = NOT_GIVEN,
        input_audio_format: (
            Literal["pcm16", "g711_ulaw", "g711_alaw"] | str | NotGiven
        ) = NOT_GIVEN,
        input_audio_transcription: AudioTranscription | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["item.input_audio_transcription.logprobs"]] | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeTranscriptionSessionCreateResponse: ...

    async def create_realtime_transcription_session(
        self,
        *,
        turn_detection: (
            RealtimeTranscriptionSessionCreateRequestTurnDetection | NotGiven
        ) = NOT_GIVEN,
        input_audio_noise_reduction: (
            RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | NotGiven
        ) = NOT_GIVEN,
        input_audio_format: (
            Literal["pcm16", "g711_ulaw", "g711_alaw"] | str | NotGiven
        ) = NOT_GIVEN,
        input_audio_transcription: AudioTranscription | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["item.input_audio_transcription.logprobs"]] | NotGiven
        ) = NOT_GIVEN,
        body: RealtimeTranscriptionSessionCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeTranscriptionSessionCreateResponse:
        """Create an ephemeral API token for use in client-side applications with the
        Realtime API specifically for realtime transcriptions.
        Can be configured with the same session parameters as the
        `transcription_session.update` client event.

        It responds with a session object, plus a `client_secret` key which contains
        a usable ephemeral API token that can be used to authenticate browser clients
        for the Realtime API.

        Returns the created Realtime transcription session object, plus an ephemeral
        key.

        Args:
            turn_detection: Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.
            input_audio_noise_reduction: Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model. Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by improving perception of the input audio.
            input_audio_format: The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`. For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate, single channel (mono), and little-endian byte order.
            input_audio_transcription: Configuration for input audio transcription. The client can optionally set the language and prompt for transcription, these offer additional guidance to the transcription service.
            include: The set of items to include in the transcription. Current available items are: `item.input_audio_transcription.logprobs`
        """
        _response: ApiResponse[RealtimeTranscriptionSessionCreateResponse] = (
            await self._client._request(
                _CREATE_REALTIME_TRANSCRIPTION_SESSION, locals()
            )
        )
        return _response.data

    @overload
    async def create_realtime_transcription_session_with_http_info(
        self,
        *,
        body: RealtimeTranscriptionSessionCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeTranscriptionSessionCreateResponse]: ...

    @overload
    async def create_realtime_transcription_session_with_http_info(
        self,
        *,
        turn_detection: (
            RealtimeTranscriptionSessionCreateRequestTurnDetection | NotGiven
        ) = NOT_GIVEN,
        input_audio_noise_reduction: (
            RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | NotGiven
        ) = NOT_GIVEN,
        input_audio_format: (
            Literal["pcm16", "g711_ulaw", "g711_alaw"] | str | NotGiven
        ) = NOT_GIVEN,
        input_audio_transcription: AudioTranscription | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["item.input_audio_transcription.logprobs"]] | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeTranscriptionSessionCreateResponse]: ...

    async def create_realtime_transcription_session_with_http_info(
        self,
        *,
        turn_detection: (
            RealtimeTranscriptionSessionCreateRequestTurnDetection | NotGiven
        ) = NOT_GIVEN,
        input_audio_noise_reduction: (
            RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | NotGiven
        ) = NOT_GIVEN,
        input_audio_format: (
            Literal["pcm16", "g711_ulaw", "g711_alaw"] | str | NotGiven
        ) = NOT_GIVEN,
        input_audio_transcription: AudioTranscription | NotGiven = NOT_GIVEN,
        include: (
            list[Literal["item.input_audio_transcription.logprobs"]] | NotGiven
        ) = NOT_GIVEN,
        body: RealtimeTranscriptionSessionCreateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeTranscriptionSessionCreateResponse]:
        """Like `create_realtime_transcription_session`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(
            _CREATE_REALTIME_TRANSCRIPTION_SESSION, locals()
        )

    @overload
    async def create_realtime_translation_client_secret(
        self,
        *,
        body: RealtimeTranslationClientSecretCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeTranslationClientSecretCreateResponse: ...

    @overload
    async def create_realtime_translation_client_secret(
        self,
        *,
        session: RealtimeTranslationSessionCreateRequest,
        expires_after: (
            RealtimeTranslationClientSecretCreateRequestExpiresAfter | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeTranslationClientSecretCreateResponse: ...

    async def create_realtime_translation_client_secret(
        self,
        *,
        expires_after: (
            RealtimeTranslationClientSecretCreateRequestExpiresAfter | NotGiven
        ) = NOT_GIVEN,
        session: RealtimeTranslationSessionCreateRequest | NotGiven = NOT_GIVEN,
        body: (
            RealtimeTranslationClientSecretCreateRequest | dict[str, Any] | None
        ) = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> RealtimeTranslationClientSecretCreateResponse:
        """Create a Realtime translation client secret with an associated translation
        session configuration.

        Client secrets are short-lived tokens that can be passed to a client app,
        such as a web frontend or mobile client, which grants access to the Realtime
        Translation API without leaking your main API key. You can configure a custom
        TTL for each client secret.

        Returns the created client secret and the effective translation session
        object.
        The client secret is a string that looks like `ek_1234`.

        Args:
            expires_after: Configuration for the client secret expiration. Expiration refers to the time after which a client secret will no longer be valid for creating sessions. The session itself may continue after that time once started. A secret can be used to create multiple sessions until it expires.
            session: Realtime translation session configuration. Translation sessions stream source audio in and translated audio plus transcript deltas out continuously.
        """
        _response: ApiResponse[RealtimeTranslationClientSecretCreateResponse] = (
            await self._client._request(
                _CREATE_REALTIME_TRANSLATION_CLIENT_SECRET, locals()
            )
        )
        return _response.data

    @overload
    async def create_realtime_translation_client_secret_with_http_info(
        self,
        *,
        body: RealtimeTranslationClientSecretCreateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeTranslationClientSecretCreateResponse]: ...

    @overload
    async def create_realtime_translation_client_secret_with_http_info(
        self,
        *,
        session: RealtimeTranslationSessionCreateRequest,
        expires_after: (
            RealtimeTranslationClientSecretCreateRequestExpiresAfter | NotGiven
        ) = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeTranslationClientSecretCreateResponse]: ...

    async def create_realtime_translation_client_secret_with_http_info(
        self,
        *,
        expires_after: (
            RealtimeTranslationClientSecretCreateRequestExpiresAfter | NotGiven
        ) = NOT_GIVEN,
        session: RealtimeTranslationSessionCreateRequest | NotGiven = NOT_GIVEN,
        body: (
            RealtimeTranslationClientSecretCreateRequest | dict[str, Any] | None
        ) = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[RealtimeTranslationClientSecretCreateResponse]:
        """Like `create_realtime_translation_client_secret`, but returns the status code
        and headers with the parsed body.
        """
        return await self._client._request(
            _CREATE_REALTIME_TRANSLATION_CLIENT_SECRET, locals()
        )
