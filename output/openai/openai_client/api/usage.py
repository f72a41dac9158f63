"""Usage operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.error_response import ErrorResponse
from ..models.usage_response import UsageResponse

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["UsageApi", "AsyncUsageApi"]

_USAGE_COSTS = _Endpoint(
    method="GET",
    path="/organization/costs",
    operation_id="usage-costs",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": UsageResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("start_time", "start_time", "query"),
        ("end_time", "end_time", "query"),
        ("bucket_width", "bucket_width", "query"),
        ("project_ids", "project_ids", "query"),
        ("api_key_ids", "api_key_ids", "query"),
        ("group_by", "group_by", "query"),
        ("limit", "limit", "query"),
        ("page", "page", "query"),
    ),
    body_mode="none",
)

_USAGE_AUDIO_SPEECHES = _Endpoint(
    method="GET",
    path="/organization/usage/audio_speeches",
    operation_id="usage-audio-speeches",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": UsageResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("start_time", "start_time", "query"),
        ("end_time", "end_time", "query"),
        ("bucket_width", "bucket_width", "query"),
        ("project_ids", "project_ids", "query"),
        ("user_ids", "user_ids", "query"),
        ("api_key_ids", "api_key_ids", "query"),
        ("models", "models", "query"),
        ("group_by", "group_by", "query"),
        ("limit", "limit", "query"),
        ("page", "page", "query"),
    ),
    body_mode="none",
)

_USAGE_AUDIO_TRANSCRIPTIONS = _Endpoint(
    method="GET",
    path="/organization/usage/audio_transcriptions",
    operation_id="usage-audio-transcriptions",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": UsageResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("start_time", "start_time", "query"),
        ("end_time", "end_time", "query"),
        ("bucket_width", "bucket_width", "query"),
        ("project_ids", "project_ids", "query"),
        ("user_ids", "user_ids", "query"),
        ("api_key_ids", "api_key_ids", "query"),
        ("models", "models", "query"),
        ("group_by", "group_by", "query"),
        ("limit", "limit", "query"),
        ("page", "page", "query"),
    ),
    body_mode="none",
)

_USAGE_CODE_INTERPRETER_SESSIONS = _Endpoint(
    method="GET",
    path="/organization/usage/code_interpreter_sessions",
    operation_id="usage-code-interpreter-sessions",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": UsageResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("start_time", "start_time", "query"),
        ("end_time", "end_time", "query"),
        ("bucket_width", "bucket_width", "query"),
        ("project_ids", "project_ids", "query"),
        ("group_by", "group_by", "query"),
        ("limit", "limit", "query"),
        ("page", "page", "query"),
    ),
    body_mode="none",
)

_USAGE_COMPLETIONS = _Endpoint(
    method="GET",
    path="/organization/usage/completions",
    operation_id="usage-completions",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": UsageResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("start_time", "start_time", "query"),
        ("end_time", "end_time", "query"),
        ("bucket_width", "bucket_width", "query"),
        ("project_ids", "project_ids", "query"),
        ("user_ids", "user_ids", "query"),
        ("api_key_ids", "api_key_ids", "query"),
        ("models", "models", "query"),
        ("batch", "batch", "query"),
        ("group_by", "group_by", "query"),
        ("limit", "limit", "query"),
        ("page", "page", "query"),
    ),
    body_mode="none",
)

_USAGE_EMBEDDINGS = _Endpoint(
    method="GET",
    path="/organization/usage/embeddings",
    operation_id="usage-embeddings",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": UsageResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("start_time", "start_time", "query"),
        ("end_time", "end_time", "query"),
        ("bucket_width", "bucket_width", "query"),
        ("project_ids", "project_ids", "query"),
        ("user_ids", "user_ids", "query"),
        ("api_key_ids", "api_key_ids", "query"),
        ("models", "models", "query"),
        ("group_by", "group_by", "query"),
        ("limit", "limit", "query"),
        ("page", "page", "query"),
    ),
    body_mode="none",
)

_USAGE_FILE_SEARCH_CALLS = _Endpoint(
    method="GET",
    path="/organization/usage/file_search_calls",
    operation_id="usage-file-search-calls",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": UsageResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("start_time", "start_time", "query"),
        ("end_time", "end_time", "query"),
        ("bucket_width", "bucket_width", "query"),
        ("project_ids", "project_ids", "query"),
        ("user_ids", "user_ids", "query"),
        ("api_key_ids", "api_key_ids", "query"),
        ("vector_store_ids", "vector_store_ids", "query"),
        ("group_by", "group_by", "query"),
        ("limit", "limit", "query"),
        ("page", "page", "query"),
    ),
    body_mode="none",
)

_USAGE_IMAGES = _Endpoint(
    method="GET",
    path="/organization/usage/images",
    operation_id="usage-images",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": UsageResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("start_time", "start_time", "query"),
        ("end_time", "end_time", "query"),
        ("bucket_width", "bucket_width", "query"),
        ("sources", "sources", "query"),
        ("sizes", "sizes", "query"),
        ("project_ids", "project_ids", "query"),
        ("user_ids", "user_ids", "query"),
        ("api_key_ids", "api_key_ids", "query"),
        ("models", "models", "query"),
        ("group_by", "group_by", "query"),
        ("limit", "limit", "query"),
        ("page", "page", "query"),
    ),
    body_mode="none",
)

_USAGE_MODERATIONS = _Endpoint(
    method="GET",
    path="/organization/usage/moderations",
    operation_id="usage-moderations",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": UsageResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("start_time", "start_time", "query"),
        ("end_time", "end_time", "query"),
        ("bucket_width", "bucket_width", "query"),
        ("project_ids", "project_ids", "query"),
        ("user_ids", "user_ids", "query"),
        ("api_key_ids", "api_key_ids", "query"),
        ("models", "models", "query"),
        ("group_by", "group_by", "query"),
        ("limit", "limit", "query"),
        ("page", "page", "query"),
    ),
    body_mode="none",
)

_USAGE_VECTOR_STORES = _Endpoint(
    method="GET",
    path="/organization/usage/vector_stores",
    operation_id="usage-vector-stores",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": UsageResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("start_time", "start_time", "query"),
        ("end_time", "end_time", "query"),
        ("bucket_width", "bucket_width", "query"),
        ("project_ids", "project_ids", "query"),
        ("group_by", "group_by", "query"),
        ("limit", "limit", "query"),
        ("page", "page", "query"),
    ),
    body_mode="none",
)

_USAGE_WEB_SEARCH_CALLS = _Endpoint(
    method="GET",
    path="/organization/usage/web_search_calls",
    operation_id="usage-web-search-calls",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": UsageResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("start_time", "start_time", "query"),
        ("end_time", "end_time", "query"),
        ("bucket_width", "bucket_width", "query"),
        ("project_ids", "project_ids", "query"),
        ("user_ids", "user_ids", "query"),
        ("api_key_ids", "api_key_ids", "query"),
        ("models", "models", "query"),
        ("context_levels", "context_levels", "query"),
        ("group_by", "group_by", "query"),
        ("limit", "limit", "query"),
        ("page", "page", "query"),
    ),
    body_mode="none",
)


class UsageApi:
    """Usage operations.

    Reach it as `client.usage`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def usage_costs(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1d"] | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "line_item", "api_key_id"] | str] | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get costs details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently only `1d` is supported, default to `1d`.
            project_ids: Return only costs for these projects.
            api_key_ids: Return only costs for these API keys.
            group_by: Group the costs by the specified fields. Support fields include `project_id`, `line_item`, `api_key_id` and any combination of them.
            limit: A limit on the number of buckets to be returned. Limit can range between 1 and 180, and the default is 7.
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = self._client._request(
            _USAGE_COSTS, locals()
        )
        return _response.data

    def usage_costs_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1d"] | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "line_item", "api_key_id"] | str] | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_costs`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_USAGE_COSTS, locals())

    def usage_audio_speeches(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get audio speeches usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = self._client._request(
            _USAGE_AUDIO_SPEECHES, locals()
        )
        return _response.data

    def usage_audio_speeches_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_audio_speeches`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_USAGE_AUDIO_SPEECHES, locals())

    def usage_audio_transcriptions(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get audio transcriptions usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = self._client._request(
            _USAGE_AUDIO_TRANSCRIPTIONS, locals()
        )
        return _response.data

    def usage_audio_transcriptions_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_audio_transcriptions`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_USAGE_AUDIO_TRANSCRIPTIONS, locals())

    def usage_code_interpreter_sessions(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        group_by: list[Literal["project_id"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get code interpreter sessions usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = self._client._request(
            _USAGE_CODE_INTERPRETER_SESSIONS, locals()
        )
        return _response.data

    def usage_code_interpreter_sessions_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        group_by: list[Literal["project_id"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_code_interpreter_sessions`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_USAGE_CODE_INTERPRETER_SESSIONS, locals())

    def usage_completions(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        batch: bool | NotGiven = NOT_GIVEN,
        group_by: (
            list[
                Literal[
                    "project_id",
                    "user_id",
                    "api_key_id",
                    "model",
                    "batch",
                    "service_tier",
                ]
                | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get completions usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            batch: If `true`, return batch jobs only. If `false`, return non-batch jobs only. By default, return both.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `batch`, `service_tier` or any combination of them.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = self._client._request(
            _USAGE_COMPLETIONS, locals()
        )
        return _response.data

    def usage_completions_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        batch: bool | NotGiven = NOT_GIVEN,
        group_by: (
            list[
                Literal[
                    "project_id",
                    "user_id",
                    "api_key_id",
                    "model",
                    "batch",
                    "service_tier",
                ]
                | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_completions`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_USAGE_COMPLETIONS, locals())

    def usage_embeddings(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get embeddings usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = self._client._request(
            _USAGE_EMBEDDINGS, locals()
        )
        return _response.data

    def usage_embeddings_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_embeddings`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_USAGE_EMBEDDINGS, locals())

    def usage_file_search_calls(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        vector_store_ids: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[
                Literal["project_id", "user_id", "api_key_id", "vector_store_id"] | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get file search calls usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            vector_store_ids: Return only usage for these vector stores.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `vector_store_id` or any combination of them.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = self._client._request(
            _USAGE_FILE_SEARCH_CALLS, locals()
        )
        return _response.data

    def usage_file_search_calls_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        vector_store_ids: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[
                Literal["project_id", "user_id", "api_key_id", "vector_store_id"] | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_file_search_calls`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_USAGE_FILE_SEARCH_CALLS, locals())

    def usage_images(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        sources: (
            list[Literal["image.generation", "image.edit", "image.variation"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        sizes: (
            list[
                Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"]
                | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[
                Literal[
                    "project_id", "user_id", "api_key_id", "model", "size", "source"
                ]
                | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get images usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            sources: Return only usages for these sources. Possible values are `image.generation`, `image.edit`, `image.variation` or any combination of them.
            sizes: Return only usages for these image sizes. Possible values are `256x256`, `512x512`, `1024x1024`, `1792x1792`, `1024x1792` or any combination of them.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `size`, `source` or any combination of them.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = self._client._request(
            _USAGE_IMAGES, locals()
        )
        return _response.data

    def usage_images_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        sources: (
            list[Literal["image.generation", "image.edit", "image.variation"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        sizes: (
            list[
                Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"]
                | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[
                Literal[
                    "project_id", "user_id", "api_key_id", "model", "size", "source"
                ]
                | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_images`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_USAGE_IMAGES, locals())

    def usage_moderations(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get moderations usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = self._client._request(
            _USAGE_MODERATIONS, locals()
        )
        return _response.data

    def usage_moderations_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_moderations`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_USAGE_MODERATIONS, locals())

    def usage_vector_stores(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        group_by: list[Literal["project_id"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get vector stores usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = self._client._request(
            _USAGE_VECTOR_STORES, locals()
        )
        return _response.data

    def usage_vector_stores_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        group_by: list[Literal["project_id"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_vector_stores`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_USAGE_VECTOR_STORES, locals())

    def usage_web_search_calls(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        context_levels: (
            list[Literal["low", "medium", "high"] | str] | NotGiven
        ) = NOT_GIVEN,
        group_by: (
            list[
                Literal["project_id", "user_id", "api_key_id", "model", "context_level"]
                | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get web search calls usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            context_levels: Return only web search usage for these context levels.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `context_level` or any combination of them.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = self._client._request(
            _USAGE_WEB_SEARCH_CALLS, locals()
        )
        return _response.data

    def usage_web_search_calls_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        context_levels: (
            list[Literal["low", "medium", "high"] | str] | NotGiven
        ) = NOT_GIVEN,
        group_by: (
            list[
                Literal["project_id", "user_id", "api_key_id", "model", "context_level"]
                | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_web_search_calls`, but returns the status code and headers with
        the parsed body.
        """
        return self._client._request(_USAGE_WEB_SEARCH_CALLS, locals())


class AsyncUsageApi:
    """Usage operations (async).

    Reach it as `client.usage`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def usage_costs(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1d"] | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "line_item", "api_key_id"] | str] | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get costs details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently only `1d` is supported, default to `1d`.
            project_ids: Return only costs for these projects.
            api_key_ids: Return only costs for these API keys.
            group_by: Group the costs by the specified fields. Support fields include `project_id`, `line_item`, `api_key_id` and any combination of them.
            limit: A limit on the number of buckets to be returned. Limit can range between 1 and 180, and the default is 7.
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = await self._client._request(
            _USAGE_COSTS, locals()
        )
        return _response.data

    async def usage_costs_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1d"] | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "line_item", "api_key_id"] | str] | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_costs`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_USAGE_COSTS, locals())

    async def usage_audio_speeches(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get audio speeches usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = await self._client._request(
            _USAGE_AUDIO_SPEECHES, locals()
        )
        return _response.data

    async def usage_audio_speeches_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_audio_speeches`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_USAGE_AUDIO_SPEECHES, locals())

    async def usage_audio_transcriptions(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get audio transcriptions usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = await self._client._request(
            _USAGE_AUDIO_TRANSCRIPTIONS, locals()
        )
        return _response.data

    async def usage_audio_transcriptions_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_audio_transcriptions`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_USAGE_AUDIO_TRANSCRIPTIONS, locals())

    async def usage_code_interpreter_sessions(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        group_by: list[Literal["project_id"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get code interpreter sessions usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = await self._client._request(
            _USAGE_CODE_INTERPRETER_SESSIONS, locals()
        )
        return _response.data

    async def usage_code_interpreter_sessions_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        group_by: list[Literal["project_id"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_code_interpreter_sessions`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_USAGE_CODE_INTERPRETER_SESSIONS, locals())

    async def usage_completions(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        batch: bool | NotGiven = NOT_GIVEN,
        group_by: (
            list[
                Literal[
                    "project_id",
                    "user_id",
                    "api_key_id",
                    "model",
                    "batch",
                    "service_tier",
                ]
                | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get completions usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            batch: If `true`, return batch jobs only. If `false`, return non-batch jobs only. By default, return both.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `batch`, `service_tier` or any combination of them.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = await self._client._request(
            _USAGE_COMPLETIONS, locals()
        )
        return _response.data

    async def usage_completions_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        batch: bool | NotGiven = NOT_GIVEN,
        group_by: (
            list[
                Literal[
                    "project_id",
                    "user_id",
                    "api_key_id",
                    "model",
                    "batch",
                    "service_tier",
                ]
                | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_completions`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_USAGE_COMPLETIONS, locals())

    async def usage_embeddings(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get embeddings usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = await self._client._request(
            _USAGE_EMBEDDINGS, locals()
        )
        return _response.data

    async def usage_embeddings_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_embeddings`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_USAGE_EMBEDDINGS, locals())

    async def usage_file_search_calls(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        vector_store_ids: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[
                Literal["project_id", "user_id", "api_key_id", "vector_store_id"] | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get file search calls usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            vector_store_ids: Return only usage for these vector stores.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `vector_store_id` or any combination of them.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = await self._client._request(
            _USAGE_FILE_SEARCH_CALLS, locals()
        )
        return _response.data

    async def usage_file_search_calls_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        vector_store_ids: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[
                Literal["project_id", "user_id", "api_key_id", "vector_store_id"] | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_file_search_calls`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_USAGE_FILE_SEARCH_CALLS, locals())

    async def usage_images(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        sources: (
            list[Literal["image.generation", "image.edit", "image.variation"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        sizes: (
            list[
                Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"]
                | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[
                Literal[
                    "project_id", "user_id", "api_key_id", "model", "size", "source"
                ]
                | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get images usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            sources: Return only usages for these sources. Possible values are `image.generation`, `image.edit`, `image.variation` or any combination of them.
            sizes: Return only usages for these image sizes. Possible values are `256x256`, `512x512`, `1024x1024`, `1792x1792`, `1024x1792` or any combination of them.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `size`, `source` or any combination of them.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = await self._client._request(
            _USAGE_IMAGES, locals()
        )
        return _response.data

    async def usage_images_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        sources: (
            list[Literal["image.generation", "image.edit", "image.variation"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        sizes: (
            list[
                Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"]
                | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[
                Literal[
                    "project_id", "user_id", "api_key_id", "model", "size", "source"
                ]
                | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_images`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_USAGE_IMAGES, locals())

    async def usage_moderations(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get moderations usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = await self._client._request(
            _USAGE_MODERATIONS, locals()
        )
        return _response.data

    async def usage_moderations_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        group_by: (
            list[Literal["project_id", "user_id", "api_key_id", "model"] | str]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_moderations`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_USAGE_MODERATIONS, locals())

    async def usage_vector_stores(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        group_by: list[Literal["project_id"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get vector stores usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = await self._client._request(
            _USAGE_VECTOR_STORES, locals()
        )
        return _response.data

    async def usage_vector_stores_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        group_by: list[Literal["project_id"]] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_vector_stores`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_USAGE_VECTOR_STORES, locals())

    async def usage_web_search_calls(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        context_levels: (
            list[Literal["low", "medium", "high"] | str] | NotGiven
        ) = NOT_GIVEN,
        group_by: (
            list[
                Literal["project_id", "user_id", "api_key_id", "model", "context_level"]
                | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> UsageResponse:
        """Get web search calls usage details for the organization.

        Args:
            start_time: Start time (Unix seconds) of the query time range, inclusive.
            end_time: End time (Unix seconds) of the query time range, exclusive.
            bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.
            project_ids: Return only usage for these projects.
            user_ids: Return only usage for these users.
            api_key_ids: Return only usage for these API keys.
            models: Return only usage for these models.
            context_levels: Return only web search usage for these context levels.
            group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `context_level` or any combination of them.
            limit: Specifies the number of buckets to return. - `bucket_width=1d`: default: 7, max: 31 - `bucket_width=1h`: default: 24, max: 168 - `bucket_width=1m`: default: 60, max: 1440
            page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.
        """
        _response: ApiResponse[UsageResponse] = await self._client._request(
            _USAGE_WEB_SEARCH_CALLS, locals()
        )
        return _response.data

    async def usage_web_search_calls_with_http_info(
        self,
        *,
        start_time: int,
        end_time: int | NotGiven = NOT_GIVEN,
        bucket_width: Literal["1m", "1h", "1d"] | str | NotGiven = NOT_GIVEN,
        project_ids: list[str] | NotGiven = NOT_GIVEN,
        user_ids: list[str] | NotGiven = NOT_GIVEN,
        api_key_ids: list[str] | NotGiven = NOT_GIVEN,
        models: list[str] | NotGiven = NOT_GIVEN,
        context_levels: (
            list[Literal["low", "medium", "high"] | str] | NotGiven
        ) = NOT_GIVEN,
        group_by: (
            list[
                Literal["project_id", "user_id", "api_key_id", "model", "context_level"]
                | str
            ]
            | NotGiven
        ) = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[UsageResponse]:
        """Like `usage_web_search_calls`, but returns the status code and headers with
        the parsed body.
        """
        return await self._client._request(_USAGE_WEB_SEARCH_CALLS, locals())
